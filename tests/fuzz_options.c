/* fuzz_options: libFuzzer target for the values the command line takes,
 * with the real knowledge base ($SIPTRIAGE_KB, else the build tree's):
 * lines of the input are, in order, the code (-c), vendor (-V), initiator
 * (-i), reason (-r), format (-f), ticket (--ticket), operator (--operator),
 * and then answers (-a CHECK=VALUE, one a line).  They go through the
 * parsers `checklist` uses (sipcode_parse, checklist_format_parse,
 * engine_answer_parse), the engine, and every renderer, and through the
 * message formatter that echoes them.  Seeds: tests/fuzz/options/. */
#include "system.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "checklist.h"
#include "engine.h"
#include "fuzz.h"
#include "kb.h"
#include "util.h"

static struct kb *kb;

static void
init(void)
{
	kb = fuzz_real_kb();
}

/* An error message as the command line prints it, built and dropped. */
static void
message(const char *fmt, ...)
{
	va_list ap;
	struct buf b = {0};
	va_start(ap, fmt);
	buf_vadd_message(&b, MSG_VALUE_MAX, fmt, ap);
	va_end(ap);
	buf_free(&b);
}

FUZZ_TARGET(options, init, NULL, 4)
{
	char *text = fuzz_string(data, size);
	if (!text)
		return 0;
	/* NUL bytes end a value, as they end an argument. */
	char *field[7] = { 0 };
	char **answers = NULL;
	size_t n_answers = 0, nf = 0;
	for (char *p = text, *nl; p; p = nl ? nl + 1 : NULL) {
		nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		if (nf < ARRAY_SIZE(field)) {
			field[nf++] = p;
		} else {
			char **na = realloc(answers, (n_answers + 1) * sizeof *answers);
			if (!na)
				break;
			answers = na;
			answers[n_answers++] = p;
		}
	}

	struct engine_facts f = { 0 };
	f.code = field[0] ? sipcode_parse(field[0]) : -1;
	if (f.code < 0) {
		message("'%s' is not a SIP response code (three digits, 100 to 699)", field[0]);
		f.code = 503;
	}
	f.vendor = field[1] && *field[1] ? field[1] : NULL;
	f.initiator = field[2] && *field[2] ? field[2] : NULL;
	f.reason = field[3] && *field[3] ? field[3] : NULL;
	int format = field[4] ? checklist_format_parse(field[4]) : FORMAT_TEXT;
	if (format < 0) {
		message("checklist: unknown format '%s' (valid: text, markdown, json)", field[4]);
		format = FORMAT_JSON;
	}
	struct checklist_meta meta = { .ticket = field[5], .operator_name = field[6], .when = 1 };

	char *why = NULL;
	enum engine_error err;
	struct engine *e = engine_new(kb, &f, &err, &why);
	if (!e) {
		message("%s", why);
	} else {
		for (size_t i = 0; i < n_answers; i++) {
			char *check = NULL, *w = NULL;
			enum answer a;
			if (engine_answer_parse(answers[i], &check, &a, &w)) {
				if (engine_preset(e, check, a, ORIGIN_OPERATOR, NULL, &w) != ENGINE_OK)
					message("%s", w);
			} else {
				message("checklist: %s", w);
			}
			free(check);
			free(w);
		}
		engine_finish_unasked(e);
		struct checklist *cl = checklist_build(kb, e, &meta, &why);
		if (cl) {
			struct buf b = {0};
			checklist_render(&b, cl, (enum checklist_format)format, 80);
			buf_free(&b);
		}
		checklist_free(&cl);
	}
	free(why);
	why = NULL;
	struct explanation *x = explain_build(kb, f.code, f.vendor, &why);
	if (x) {
		struct buf b = {0};
		render_explain(&b, x, 80);
		buf_free(&b);
	}
	explain_free(&x);
	free(why);
	engine_free(&e);
	free(answers);
	free(text);
	return 0;
}
