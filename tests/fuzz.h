/* fuzz.h: how a fuzz target is written, once, for two builds.
 *
 *   FUZZ_TARGET(name, init, seeds, prefixes) { ...one input... return 0; }
 *
 * With libFuzzer (make fuzz) the block is LLVMFuzzerTestOneInput() and
 * INIT (a void (*)(void), or NULL) runs from LLVMFuzzerInitialize().  In
 * `make check` (FUZZ_REPLAY defined) every target is linked into one
 * program, tests/fuzz_replay, which replays tests/fuzz/NAME/ and SEEDS (folders
 * under the source tree, separated by spaces, or NULL) through it, each file whole and
 * cut at PREFIXES points.
 *
 * Adding a target: tests/fuzz_NAME.c with FUZZ_TARGET(NAME, ...), its seeds
 * in tests/fuzz/NAME/, and one line in FUZZ_TARGETS (Makefile.am). */
#ifndef SIPTRIAGE_FUZZ_H
#define SIPTRIAGE_FUZZ_H

#include <stddef.h>
#include <stdint.h>

struct fuzz_target {
	const char *name;
	int (*one)(const uint8_t *data, size_t size);
	void (*init)(void);
	const char *seeds;
	int prefixes;
};

/* The replay program's list (tests/fuzz_replay.c). */
void fuzz_register(const struct fuzz_target *t);

#ifdef FUZZ_REPLAY
# define FUZZ_TARGET(NAME, INIT, SEEDS, PREFIXES)                                   \
	static int fuzz_one_##NAME(const uint8_t *data, size_t size);              \
	__attribute__((constructor)) static void fuzz_register_##NAME(void)        \
	{                                                                          \
		static const struct fuzz_target t = {                              \
			#NAME, fuzz_one_##NAME, INIT, SEEDS, PREFIXES              \
		};                                                                 \
		fuzz_register(&t);                                                 \
	}                                                                          \
	static int fuzz_one_##NAME(const uint8_t *data, size_t size)
#else
# define FUZZ_TARGET(NAME, INIT, SEEDS, PREFIXES)                                   \
	int LLVMFuzzerInitialize(int *argc, char ***argv);                         \
	int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);              \
	int LLVMFuzzerInitialize(int *argc, char ***argv)                          \
	{                                                                          \
		void (*fuzz_init_)(void) = INIT;                                   \
		(void)argc;                                                        \
		(void)argv;                                                        \
		if (fuzz_init_)                                                    \
			fuzz_init_();                                              \
		return 0;                                                          \
	}                                                                          \
	int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
#endif

struct kb;
/* The real knowledge base ($SIPTRIAGE_KB, else the build tree's), opened
 * once and kept open (on purpose: a target's whole life); aborts when it
 * cannot be opened. */
struct kb *fuzz_real_kb(void);

/* A new empty folder for the files of target NAME (TMPDIR, else /tmp),
 * removed with its files when the program exits; malloc'd path, aborts when
 * it cannot be made. */
char *fuzz_scratch(const char *name);

/* Removes every file of folder DIR (made by fuzz_scratch: no subfolders). */
void fuzz_clear(const char *dir);

/* Writes SIZE bytes of DATA to PATH, replacing it; aborts on failure. */
void fuzz_write(const char *path, const uint8_t *data, size_t size);

/* The input as a NUL-terminated string of exactly SIZE + 1 bytes (ASan
 * sees any read past it); the caller frees it.  NULL on exhaustion. */
char *fuzz_string(const uint8_t *data, size_t size);

#endif
