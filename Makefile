# Builds FANN's four libraries from the Rust crate, installs them, and runs the tests.
#   make            libraries in build/lib
#   make demo       build and run the xor example
#   make test       every test (Rust, headers, C, differential against Debian's FANN)
#   make install PREFIX=dir

PREFIX ?= /usr/local
CARGO ?= cargo
CC ?= cc
VERSION := 2.2.0
BUILD := build
LIBDIR := $(BUILD)/lib
CARGO_FLAGS := --release --no-default-features --locked

# library name -> cargo feature
LIBS := fann floatfann doublefann fixedfann
feature_fann := float
feature_floatfann := float
feature_doublefann := double
feature_fixedfann := fixed
symbols_fann := symbols/libfann.sym
symbols_floatfann := symbols/libfann.sym
symbols_doublefann := symbols/libfann.sym
symbols_fixedfann := symbols/libfixedfann.sym

HEADERS := fann.h floatfann.h doublefann.h fixedfann.h fann_data.h fann_error.h \
	fann_activation.h fann_train.h fann_io.h fann_cascade.h fann_internal.h \
	parallel_fann.h fann_cpp.h

RUST_SOURCES := $(shell find src csrc -type f) Cargo.toml Cargo.lock build.rs

.PHONY: all libs demo test install clean headers check-headers header-compile lint rust-test c-test install-test fuzz bench check-memory

all: libs

libs: $(foreach l,$(LIBS),$(LIBDIR)/lib$(l).so.$(VERSION) $(LIBDIR)/lib$(l).a)

# One cargo build per number type, each in its own target directory.
target/%/release/libfann.a: $(RUST_SOURCES)
	$(CARGO) build $(CARGO_FLAGS) --features $* --target-dir target/$*
	@touch $@

$(BUILD)/%.map: symbols/%.sym
	@mkdir -p $(BUILD)
	{ echo '{ global:'; sed 's/$$/;/' $<; echo 'local: *; };'; } > $@

define lib_rules
$(LIBDIR)/lib$(1).a: target/$(feature_$(1))/release/libfann.a
	@mkdir -p $(LIBDIR)
	cp $$< $$@

$(LIBDIR)/lib$(1).so.$(VERSION): target/$(feature_$(1))/release/libfann.a $(BUILD)/$(notdir $(basename $(symbols_$(1)))).map
	@mkdir -p $(LIBDIR)
	$(CC) -shared -o $$@ -Wl,-soname,lib$(1).so.2 \
		-Wl,--version-script=$(BUILD)/$(notdir $(basename $(symbols_$(1)))).map \
		-Wl,--gc-sections -Wl,--whole-archive $$< -Wl,--no-whole-archive \
		-lm -ldl -lpthread -lgcc_s
	ln -sf lib$(1).so.$(VERSION) $(LIBDIR)/lib$(1).so.2
	ln -sf lib$(1).so.2 $(LIBDIR)/lib$(1).so
endef
$(foreach l,$(LIBS),$(eval $(call lib_rules,$(l))))

# Regenerates the committed headers in include/ from headers/*.in and src/capi/ (cbindgen).
headers:
	FANN_HEADER_DIR=$(CURDIR)/include $(CARGO) build --locked --target-dir target/headers

# Fails when the committed headers are not what the sources generate.
check-headers:
	rm -rf $(BUILD)/include-check
	FANN_HEADER_DIR=$(CURDIR)/$(BUILD)/include-check $(CARGO) build --locked --target-dir target/headers
	diff -r include $(BUILD)/include-check
	@echo "headers: committed headers match the generated ones"

# Every header variant compiles warning-free in C99 (pedantic) and C++11.
header-compile:
	@mkdir -p $(BUILD)/header-compile
	for v in float double fixed; do \
		printf '#include <%sfann.h>\n#include <parallel_fann.h>\nint main(void) { struct fann *a = fann_create_standard(3, 2, 3, 1); fann_destroy(a); return 0; }\n' $$v > $(BUILD)/header-compile/$$v.c; \
		gcc -std=c99 -Wall -Wextra -Werror -pedantic -Iinclude -c $(BUILD)/header-compile/$$v.c -o $(BUILD)/header-compile/$$v.o || exit 1; \
		g++ -std=c++11 -Wall -Wextra -Werror -pedantic -Iinclude -x c++ -c $(BUILD)/header-compile/$$v.c -o $(BUILD)/header-compile/$$v-cpp.o || exit 1; \
	done
	@echo "headers: float, double and fixed compile with gcc -std=c99 -pedantic and g++ -std=c++11"

# Builds the libraries and runs the xor example against them.
demo: libs
	@mkdir -p $(BUILD)/examples
	$(CC) -std=c99 -Wall -Wextra -Werror -Iinclude c_examples/xor_demo.c -o $(BUILD)/examples/xor_demo -L$(LIBDIR) -lfann -lm
	LD_LIBRARY_PATH=$(CURDIR)/$(LIBDIR) $(BUILD)/examples/xor_demo

install: libs
	install -d $(PREFIX)/lib $(PREFIX)/include
	for l in $(LIBS); do \
		install -m 755 $(LIBDIR)/lib$$l.so.$(VERSION) $(PREFIX)/lib/; \
		ln -sf lib$$l.so.$(VERSION) $(PREFIX)/lib/lib$$l.so.2; \
		ln -sf lib$$l.so.2 $(PREFIX)/lib/lib$$l.so; \
		install -m 644 $(LIBDIR)/lib$$l.a $(PREFIX)/lib/; \
	done
	for h in $(HEADERS); do install -m 644 include/$$h $(PREFIX)/include/; done
	install -d $(PREFIX)/lib/pkgconfig $(PREFIX)/lib/cmake/fann
	for l in fann:float floatfann:float doublefann:double fixedfann:fixed; do \
		sed -e 's|@PREFIX@|$(PREFIX)|' -e "s|@NAME@|$${l%%:*}|g" -e "s|@TYPE@|$${l##*:}|" \
			packaging/pkgconfig.pc.in > $(PREFIX)/lib/pkgconfig/$${l%%:*}.pc; \
	done
	install -m 644 packaging/fann-config.cmake.in $(PREFIX)/lib/cmake/fann/fann-config.cmake
	install -m 644 packaging/fann-use.cmake packaging/fann-config-version.cmake $(PREFIX)/lib/cmake/fann/

# Everything: formatting and lints, Rust tests, generated headers, the built libraries'
# symbols and layouts, the differential suite against Debian's FANN, bad input, install.
test: lint rust-test check-headers header-compile libs c-test check-memory install-test
	@echo "make test: all passed"

# The C examples under valgrind (no errors, no definitely lost bytes), and built with
# AddressSanitizer and UBSan (their checks must still hold).
SANITIZE := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all
check-memory: c-test
	sh tests/check_memory.sh $(CURDIR)/$(LIBDIR)
	$(MAKE) --no-print-directory -C c_examples check-examples \
		OUT=$(CURDIR)/$(BUILD)/c_examples-sanitized CFLAGS="$(SANITIZE)" CXXFLAGS="$(SANITIZE)"

lint:
	$(CARGO) fmt --check
	python3 tools/gen_exp_table.py | diff - src/engine/glibc_exp_table.rs
	for f in float double fixed; do \
		$(CARGO) clippy --locked --all-targets --no-default-features --features $$f --target-dir target/clippy-$$f -- -D warnings || exit 1; \
	done

rust-test:
	$(CARGO) test --locked --release --target-dir target/test --features debug-hooks

c-test: libs
	sh tests/symbols.sh $(LIBDIR)
	python3 tests/api_symbols.py $(LIBDIR)
	sh tests/layout/run.sh include
	sh tests/c_api/run.sh $(CURDIR)/$(LIBDIR)
	bash tests/differential/run.sh $(CURDIR)/$(LIBDIR)
	# glibc told to pick its non-FMA exp: the exact path must refuse its inline copy of the
	# FMA one (self-test) and still match Debian bit for bit.
	GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX2,-FMA bash tests/differential/run.sh $(CURDIR)/$(LIBDIR) \
		float_activation double_activation float_training double_training
	bash tests/bad_input/run.sh $(CURDIR)/$(LIBDIR)
	bash tests/robustness/run.sh $(CURDIR)/$(LIBDIR)
	$(MAKE) --no-print-directory -C c_examples check
	@mkdir -p $(BUILD)/examples
	$(CC) -std=c99 -Wall -Wextra -Werror c_examples/xor_demo.c -o $(BUILD)/examples/xor_demo_debian -lfann -lm
	$(BUILD)/examples/xor_demo_debian > $(BUILD)/examples/xor_debian.txt
	FANN_EXACT=1 LD_LIBRARY_PATH=$(CURDIR)/$(LIBDIR) $(BUILD)/examples/xor_demo_debian > $(BUILD)/examples/xor_ours.txt
	cmp $(BUILD)/examples/xor_debian.txt $(BUILD)/examples/xor_ours.txt
	@echo "PASS xor demo identical with Debian's and our libfann (exact path)"
	LD_LIBRARY_PATH=$(CURDIR)/$(LIBDIR) $(BUILD)/examples/xor_demo_debian > $(BUILD)/examples/xor_fast.txt
	awk 'NR == FNR { a[FNR] = $$0; next } { split(a[FNR], x, " = "); split($$0, y, " = "); \
		if (a[FNR] != $$0 && (x[1] != y[1] || (x[2] - y[2]) ^ 2 > 1e-11)) { print "differs: " a[FNR] " / " $$0; bad = 1 } } \
		END { exit bad }' $(BUILD)/examples/xor_debian.txt $(BUILD)/examples/xor_fast.txt
	@echo "PASS xor demo on the fast path: every line Debian's, outputs within 3e-6"

# Installs into a scratch prefix and builds the example against the installed files only.
install-test: libs
	rm -rf $(BUILD)/install-test
	$(MAKE) --no-print-directory install PREFIX=$(CURDIR)/$(BUILD)/install-test
	sh tests/install_check.sh $(CURDIR)/$(BUILD)/install-test

# Debian's FANN and ours side by side in one process, with ratios (bench/README.md).
bench: libs
	bash bench/run.sh

# Fuzzes the network and training-file readers (cargo-fuzz, nightly flags through
# RUSTC_BOOTSTRAP): FUZZ_SECONDS per target.
FUZZ_SECONDS ?= 600
fuzz:
	bash fuzz/run.sh $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD) target
