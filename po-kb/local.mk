## po-kb/: the knowledge base's text domain, siptriage-kb (po-kb/README).
## Included from Makefile.am.  The languages are po/LINGUAS: every language
## the program speaks has a catalogue of the knowledge base too.

KB_PO_FILES = po-kb/de.po po-kb/es.po
KB_GMO_FILES = $(KB_PO_FILES:.po=.gmo)
EXTRA_DIST += $(KB_PO_FILES) po-kb/README po-kb/local.mk
CLEANFILES += $(KB_GMO_FILES) po-kb/stamp-gmo po-kb/$(KB_TEXT_DOMAIN).pot
KB_TEXT_DOMAIN = $(PACKAGE)-kb

# The compiled catalogues, checked as msgfmt -c checks the program's.
po-kb/stamp-gmo: $(KB_PO_FILES)
	@test "$(USE_NLS)" = yes || { : > $@; exit 0; }; \
	$(MKDIR_P) po-kb && \
	for po in $(KB_PO_FILES); do \
	  lang=`basename $$po .po`; \
	  test -f $$po || po=$(srcdir)/$$po; \
	  echo "  MSGFMT   po-kb/$$lang.gmo"; \
	  $(GMSGFMT) -c -o po-kb/$$lang.gmo $$po || exit 1; \
	done; : > $@

# $(localedir)/LANG/LC_MESSAGES/siptriage-kb.mo beside the program's own.
install-data-local: po-kb/stamp-gmo
	@test "$(USE_NLS)" = yes || exit 0; \
	for gmo in $(KB_GMO_FILES); do \
	  lang=`basename $$gmo .gmo`; \
	  dir=$(DESTDIR)$(localedir)/$$lang/LC_MESSAGES; \
	  $(MKDIR_P) $$dir && \
	  $(INSTALL_DATA) $$gmo $$dir/$(KB_TEXT_DOMAIN).mo || exit 1; \
	done
uninstall-local:
	for gmo in $(KB_GMO_FILES); do \
	  lang=`basename $$gmo .gmo`; \
	  rm -f $(DESTDIR)$(localedir)/$$lang/LC_MESSAGES/$(KB_TEXT_DOMAIN).mo; \
	done

# `make update-po`: both domains.  The program's through gettext's po/
# Makefile; the knowledge base's from data/ by kbbuild -p, merged into each
# po-kb/LANG.po (fuzzy entries keep their previous msgid for the translator).
update-po: update-kb-po
	cd po && $(MAKE) $(AM_MAKEFLAGS) update-po
update-kb-po: kbbuild$(EXEEXT)
	$(MKDIR_P) po-kb
	./kbbuild$(EXEEXT) -p po-kb/$(KB_TEXT_DOMAIN).pot -C $(srcdir) $(KB_SQL)
	$(MSGCAT) -o po-kb/$(KB_TEXT_DOMAIN).pot po-kb/$(KB_TEXT_DOMAIN).pot
	for po in $(KB_PO_FILES); do \
	  echo "  MSGMERGE $$po"; \
	  $(MSGMERGE) --quiet --previous -o $(srcdir)/$$po.new $(srcdir)/$$po \
	    po-kb/$(KB_TEXT_DOMAIN).pot && mv $(srcdir)/$$po.new $(srcdir)/$$po || exit 1; \
	done
.PHONY: update-po update-kb-po
