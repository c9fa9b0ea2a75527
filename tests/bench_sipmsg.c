/* Benchmark: parse a whole trace file (mmap) with sipmsg_parse() and
 * print the throughput.  Usage: bench_sipmsg FILE [REPEAT] */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "sipmsg.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	struct stat st;
	int fd;
	long repeat = argc > 2 ? strtol(argv[2], NULL, 10) : 1;
	const char *buf;
	double best = 0;
	size_t total = 0, kept = 0, diags = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: %s FILE [REPEAT]\n", argv[0]);
		return 2;
	}
	fd = open(argv[1], O_RDONLY);
	if (fd < 0 || fstat(fd, &st) != 0 || st.st_size == 0) {
		perror(argv[1]);
		return 1;
	}
	buf = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	if (buf == MAP_FAILED) {
		perror("mmap");
		return 1;
	}
	/* fault the file in once so that both runs read from memory */
	{
		volatile unsigned char sum = 0;
		for (off_t i = 0; i < st.st_size; i += 4096)
			sum = (unsigned char)(sum + (unsigned char)buf[i]);
	}
	for (long r = 0; r < (repeat > 0 && repeat < 100 ? repeat : 1); r++) {
		double t0 = now(), dt;
		sipmsg_trace *t = sipmsg_parse(buf, (size_t)st.st_size);
		dt = now() - t0;
		if (t == NULL) {
			fprintf(stderr, "out of memory\n");
			return 1;
		}
		if (best == 0 || dt < best)
			best = dt;
		total = t->messages_total;
		kept = t->nmessages;
		diags = t->diag_total;
		sipmsg_trace_free(&t);
	}
	printf("bytes %lld messages %zu kept %zu diagnostics %zu seconds %.3f "
	       "MB/s %.1f\n", (long long)st.st_size, total, kept, diags, best,
	       (double)st.st_size / 1e6 / best);
	munmap((void *)buf, (size_t)st.st_size);
	close(fd);
	return 0;
}
