-- a tea -routes n 8o0 ant 480 only.UPDAT'
 