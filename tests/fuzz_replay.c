/* fuzz_replay: runs the libFuzzer target over the seed corpus (every file
 * given on the command line, or tests/data/sip/ under $srcdir) without
 * libFuzzer, so `make check` proves the target and its seeds still work,
 * under ASan/UBSan or valgrind when the build uses them.  TAP output. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int n;

static void
replay(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		printf("not ok %d - %s: cannot open\n", ++n, path);
		return;
	}
	size_t cap = 1 << 16, len = 0;
	uint8_t *buf = malloc(cap);
	size_t k;
	while (buf && (k = fread(buf + len, 1, cap - len, f)) > 0) {
		len += k;
		if (len == cap) {
			uint8_t *nb = realloc(buf, cap * 2);
			if (!nb)
				break;
			buf = nb;
			cap *= 2;
		}
	}
	fclose(f);
	if (!buf) {
		printf("not ok %d - %s: out of memory\n", ++n, path);
		return;
	}
	LLVMFuzzerTestOneInput(buf, len);
	/* Every prefix too: truncated input is where parsers over-read. */
	for (size_t cut = 1; cut < len; cut += 1 + len / 64)
		LLVMFuzzerTestOneInput(buf, cut);
	free(buf);
	printf("ok %d - %s\n", ++n, path);
}

int
main(int argc, char **argv)
{
	if (argc > 1) {
		for (int i = 1; i < argc; i++)
			replay(argv[i]);
	} else {
		const char *srcdir = getenv("srcdir");
		char dir[4096];
		snprintf(dir, sizeof dir, "%s/tests/data/sip", srcdir ? srcdir : ".");
		DIR *d = opendir(dir);
		if (!d) {
			printf("1..0 # SKIP no corpus at %s\n", dir);
			return 0;
		}
		struct dirent *de;
		while ((de = readdir(d))) {
			if (de->d_name[0] == '.')
				continue;
			char path[8192];
			snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
			replay(path);
		}
		closedir(d);
	}
	printf("1..%d\n", n);
	return 0;
}
