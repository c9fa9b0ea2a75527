/* fuzz_sipmsg: libFuzzer target for src/sipmsg: whole traces and call-log
 * lines.  Thin on purpose: the parser's API may change; what it checks is
 * that every slice lies inside the input.  See tests/fuzz.h. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "sipmsg.h"

FUZZ_TARGET(sipmsg, NULL, "tests/data/sip", 64)
{
	/* exact-size copy: ASan reports any read past the end */
	char *buf = malloc(size ? size : 1);
	sipmsg_trace *t;
	sipmsg_logline l;

	if (buf == NULL)
		return 0;
	if (size)
		memcpy(buf, data, size);
	t = sipmsg_parse(buf, size);
	if (t != NULL) {
		/* every slice must lie inside the input */
		for (size_t i = 0; i < t->nmessages; i++) {
			const sipmsg_message *m = &t->messages[i];
			if (m->start.ptr < buf ||
			    m->start.ptr + m->start.len > buf + size ||
			    (m->body.ptr &&
			     m->body.ptr + m->body.len > buf + size) ||
			    m->line > m->last_line || m->last_line > t->lines)
				abort();
			for (unsigned k = 0; k < m->sdp.nmedia; k++) {
				sipmsg_field f;
				for (unsigned j = 0; j < m->sdp.media[k].npt; j++)
					(void)sipmsg_codec_name(&m->sdp,
							m->sdp.media[k].pt[j], &f);
			}
		}
		if (t->ndiag > SIPMSG_MAX_DIAG || t->nmessages > t->messages_total)
			abort();
		sipmsg_trace_free(&t);
	}
	(void)sipmsg_parse_logline(buf, size, &l);
	if (l.code.valid && (l.code.value < 100 || l.code.value > 699))
		abort();
	free(buf);
	return 0;
}
