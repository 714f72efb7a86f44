/*
 * FANN benchmark harness: Debian's FANN 2.2.0 against our Rust reimplementation, float build,
 * one thread, in one process.
 *
 * Both libraries are loaded with dlmopen(LM_ID_NEWLM, ...), so each one lives in its own link
 * namespace with its own copy of libc (its own malloc arena, its own rand() state). Every
 * function we call is resolved into a per-library table; every object (network, training data)
 * is created and freed by the library it belongs to.
 *
 * Each measurement is run on both libraries, alternating which goes first from one repetition to
 * the next; the median of the repetitions is reported. rand() is seeded identically (through
 * each namespace's own srand) after creating a network and before fann_randomize_weights /
 * cascade training, so both libraries do the same work; the "same result" column checks that
 * (final MSE or sum of outputs, compared bit for bit).
 *
 * Peak memory is measured in forked children (one per library) that dlopen only that library,
 * before the parent has loaded anything, and reported from wait4()'s ru_maxrss.
 *
 * Build: gcc -O2 -I../include bench.c -o bench -ldl -lm        (see run.sh)
 * Usage: bench [--debian PATH] [--ours PATH] [--reps N] [--quick] [--filter SUBSTR]
 *              [--datasets DIR] [--calibrate]
 * Environment (overridden by arguments): BENCH_DEBIAN_LIB, BENCH_OURS_LIB, BENCH_REPS,
 *   BENCH_QUICK=1, BENCH_FILTER, BENCH_DATASETS, BENCH_CALIBRATE=1, BENCH_NO_MEMORY=1.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "floatfann.h"

/* ------------------------------------------------------------------------------------------ */
/* Library tables                                                                               */

#define FANN_FUNCS(X)                                                                           \
	X(fann_create_standard_array)                                                               \
	X(fann_create_shortcut_array)                                                               \
	X(fann_destroy)                                                                             \
	X(fann_run)                                                                                 \
	X(fann_randomize_weights)                                                                   \
	X(fann_set_training_algorithm)                                                              \
	X(fann_train_epoch)                                                                         \
	X(fann_read_train_from_file)                                                                \
	X(fann_destroy_train)                                                                       \
	X(fann_create_train)                                                                        \
	X(fann_cascadetrain_on_data)                                                                \
	X(fann_set_activation_function_hidden)                                                      \
	X(fann_set_activation_function_output)                                                      \
	X(fann_test_data)                                                                           \
	X(fann_set_cascade_max_out_epochs)                                                          \
	X(fann_set_cascade_max_cand_epochs)                                                         \
	X(fann_get_total_connections)                                                               \
	X(fann_get_total_neurons)                                                                   \
	X(fann_get_errno)                                                                           \
	X(fann_get_errstr)

typedef struct Lib {
	const char *tag;  /* "Debian" / "ours" */
	const char *path;
	void *handle;
	void (*srand_)(unsigned int); /* srand of the library's own libc */
	/* our extensions (NULL in Debian's library) */
	void (*set_exact)(struct fann *, int);
	void (*set_num_threads)(struct fann *, unsigned int);
#define DECLARE_FN(name) __typeof__(name) *name;
	FANN_FUNCS(DECLARE_FN)
#undef DECLARE_FN
} Lib;

enum { DEB = 0, OURS = 1, NLIBS = 2 };
static Lib libs[NLIBS];

static void *must_sym(void *handle, const char *path, const char *name)
{
	dlerror();
	void *p = dlsym(handle, name);
	const char *err = dlerror();
	if (err != NULL || p == NULL) {
		fprintf(stderr, "bench: %s: cannot resolve %s: %s\n", path, name, err ? err : "NULL");
		exit(2);
	}
	return p;
}

/* Resolves the table of a library already opened in `L->handle`. */
static void resolve(Lib *L)
{
	L->srand_ = (void (*)(unsigned int))must_sym(L->handle, L->path, "srand");
	void *p = dlsym(L->handle, "fann_set_exact");
	memcpy(&L->set_exact, &p, sizeof p);
	p = dlsym(L->handle, "fann_set_num_threads");
	memcpy(&L->set_num_threads, &p, sizeof p);
#define RESOLVE_FN(name) L->name = (__typeof__(name) *)must_sym(L->handle, L->path, #name);
	FANN_FUNCS(RESOLVE_FN)
#undef RESOLVE_FN
}

static void load_lib(Lib *L, const char *tag, const char *path, int new_namespace)
{
	L->tag = tag;
	L->path = path;
	if (new_namespace)
		L->handle = dlmopen(LM_ID_NEWLM, path, RTLD_NOW | RTLD_LOCAL);
	else
		L->handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
	if (L->handle == NULL) {
		fprintf(stderr, "bench: cannot load %s: %s\n", path, dlerror());
		exit(2);
	}
	resolve(L);
}

/* ------------------------------------------------------------------------------------------ */
/* Utilities                                                                                    */

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec * 1e-6;
}

static double cpu_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec * 1e-6;
}

/* process CPU time of the last timed region (all threads) */
static double last_cpu_ms;

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static double median(double *v, int n)
{
	qsort(v, n, sizeof *v, cmp_double);
	return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

/* Private LCG (PCG's multiplier), independent of either library's rand(). */
static uint64_t lcg_state;
static void lcg_seed(uint64_t s) { lcg_state = s; }
static uint32_t lcg_next(void)
{
	lcg_state = lcg_state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (uint32_t)(lcg_state >> 33);
}
/* uniform in [0,1] */
static float lcg_unit(void) { return (float)(lcg_next() & 0xFFFFFF) / (float)0xFFFFFF; }

static void check_ann(Lib *L, struct fann *ann, const char *what)
{
	if (ann == NULL) {
		fprintf(stderr, "bench: %s: %s returned NULL\n", L->tag, what);
		exit(3);
	}
}

static void check_data(Lib *L, struct fann_train_data *d, const char *what)
{
	if (d == NULL) {
		fprintf(stderr, "bench: %s: cannot create training data (%s)\n", L->tag, what);
		exit(3);
	}
}

static long rss_kb_now(void)
{
	FILE *f = fopen("/proc/self/status", "r");
	char line[256];
	long kb = -1;
	if (!f)
		return -1;
	while (fgets(line, sizeof line, f))
		if (sscanf(line, "VmRSS: %ld kB", &kb) == 1)
			break;
	fclose(f);
	return kb;
}

/* ------------------------------------------------------------------------------------------ */
/* Configuration                                                                                */

static int opt_reps = 5;
static int opt_exact = 0;        /* ours on its exact path (fann_set_exact) */
static unsigned int cur_threads = 1; /* fast-path threads of ours (fann_set_num_threads) */
static int opt_quick = 0;
static int opt_calibrate = 0;
static int opt_memory = 1;
static const char *opt_filter = NULL;
static const char *opt_datasets = "/work/shared/datasets";

#define SYNTH_IN 784
#define SYNTH_HIDDEN 256
#define SYNTH_OUT 10
static unsigned int synth_samples = 5000; /* 500 in quick mode */

static const char *alg_names[] = {"INCREMENTAL", "BATCH", "RPROP", "QUICKPROP", "SARPROP"};

/* ------------------------------------------------------------------------------------------ */
/* Training data                                                                                */

/* Synthetic set: uniform [0,1] inputs, one-hot outputs; same LCG stream for both libraries. */
static struct fann_train_data *make_synthetic(Lib *L, unsigned int n)
{
	struct fann_train_data *d = L->fann_create_train(n, SYNTH_IN, SYNTH_OUT);
	check_data(L, d, "fann_create_train");
	lcg_seed(0x5eed1234u);
	for (unsigned int i = 0; i < n; i++) {
		for (unsigned int j = 0; j < SYNTH_IN; j++)
			d->input[i][j] = lcg_unit();
		unsigned int cls = lcg_next() % SYNTH_OUT;
		for (unsigned int j = 0; j < SYNTH_OUT; j++)
			d->output[i][j] = (j == cls) ? 1.0f : 0.0f;
	}
	return d;
}

/* ------------------------------------------------------------------------------------------ */
/* Work units: each returns the elapsed ms of the timed part and a check value.                */

/* Our extensions' settings for this run (no-ops for Debian's library). */
static void configure(Lib *L, struct fann *ann)
{
	if (L->set_exact != NULL)
		L->set_exact(ann, opt_exact);
	if (L->set_num_threads != NULL)
		L->set_num_threads(ann, cur_threads);
}

static struct fann *make_standard(Lib *L, unsigned int nl, const unsigned int *layers)
{
	struct fann *ann = L->fann_create_standard_array(nl, layers);
	check_ann(L, ann, "fann_create_standard_array");
	configure(L, ann);
	L->fann_set_activation_function_hidden(ann, FANN_SIGMOID_SYMMETRIC);
	L->fann_set_activation_function_output(ann, FANN_SIGMOID);
	L->srand_(42);
	L->fann_randomize_weights(ann, -0.1f, 0.1f);
	return ann;
}

static double work_train(Lib *L, unsigned int nl, const unsigned int *layers,
                         struct fann_train_data *data, int alg, unsigned int epochs, double *check)
{
	struct fann *ann = make_standard(L, nl, layers);
	L->fann_set_training_algorithm(ann, (enum fann_train_enum)alg);
	float mse = 0;
	double t0 = now_ms(), c0 = cpu_now_ms();
	for (unsigned int e = 0; e < epochs; e++)
		mse = L->fann_train_epoch(ann, data);
	double t1 = now_ms();
	last_cpu_ms = cpu_now_ms() - c0;
	*check = mse;
	L->fann_destroy(ann);
	return t1 - t0;
}

#define RUN_INPUTS 16
#ifndef CASCADE_BUILDING_EPOCHS
#define CASCADE_BUILDING_EPOCHS 30
#endif
static double work_run(Lib *L, unsigned int nl, const unsigned int *layers, fann_type *inputs,
                       unsigned int calls, double *check)
{
	struct fann *ann = make_standard(L, nl, layers);
	unsigned int nin = layers[0];
	double sum = 0;
	double t0 = now_ms(), c0 = cpu_now_ms();
	for (unsigned int c = 0; c < calls; c++) {
		fann_type *out = L->fann_run(ann, inputs + (size_t)(c % RUN_INPUTS) * nin);
		sum += out[0];
	}
	double t1 = now_ms();
	last_cpu_ms = cpu_now_ms() - c0;
	*check = sum;
	L->fann_destroy(ann);
	return t1 - t0;
}

static unsigned int cascade_connections[NLIBS];
static double work_cascade(Lib *L, unsigned int nin, unsigned int nout,
                           struct fann_train_data *data, unsigned int max_neurons,
                           unsigned int out_epochs, unsigned int cand_epochs, double *check)
{
	unsigned int layers[2] = {nin, nout};
	struct fann *ann = L->fann_create_shortcut_array(2, layers);
	check_ann(L, ann, "fann_create_shortcut_array");
	configure(L, ann);
	L->fann_set_training_algorithm(ann, FANN_TRAIN_RPROP);
	L->fann_set_activation_function_hidden(ann, FANN_SIGMOID_SYMMETRIC);
	L->fann_set_activation_function_output(ann, FANN_SIGMOID);
	L->fann_set_cascade_max_out_epochs(ann, out_epochs);
	L->fann_set_cascade_max_cand_epochs(ann, cand_epochs);
	L->srand_(42);
	L->fann_randomize_weights(ann, -0.1f, 0.1f);
	double t0 = now_ms(), c0 = cpu_now_ms();
	L->fann_cascadetrain_on_data(ann, data, max_neurons, 0, 0.0f);
	double t1 = now_ms();
	last_cpu_ms = cpu_now_ms() - c0;
	*check = L->fann_test_data(ann, data);
	cascade_connections[L == &libs[DEB] ? DEB : OURS] = L->fann_get_total_connections(ann);
	L->fann_destroy(ann);
	return t1 - t0;
}

/* ------------------------------------------------------------------------------------------ */
/* Measurement driver                                                                           */

typedef enum { K_TRAIN, K_RUN, K_CASCADE } Kind;

typedef struct Case {
	Kind kind;
	char name[96];
	unsigned int nl;
	unsigned int layers[5];
	struct fann_train_data *data[NLIBS];
	int alg;
	unsigned int n;         /* epochs, calls, or max neurons */
	fann_type *inputs;      /* K_RUN */
	int max_reps;           /* cap on repetitions for slow cases (0: none) */
	unsigned int out_epochs, cand_epochs; /* K_CASCADE */
} Case;

typedef struct Row {
	char name[96];
	char group[32];
	unsigned int n;
	const char *n_unit;
	unsigned int connections;
	double ms[NLIBS];
	double check[NLIBS];
	int unstable[NLIBS]; /* check value differed between repetitions */
	int threaded[NLIBS]; /* process CPU time > 1.25 x wall time */
} Row;

#define MAX_ROWS 128
static Row rows[MAX_ROWS];
static int nrows;

static int same_check(const struct Row *r);

static double do_work(Case *c, int li, double *check)
{
	Lib *L = &libs[li];
	switch (c->kind) {
	case K_TRAIN:
		return work_train(L, c->nl, c->layers, c->data[li], c->alg, c->n, check);
	case K_RUN:
		return work_run(L, c->nl, c->layers, c->inputs, c->n, check);
	case K_CASCADE:
		return work_cascade(L, c->layers[0], c->layers[1], c->data[li], c->n, c->out_epochs,
		                    c->cand_epochs, check);
	}
	return 0;
}

static unsigned int standard_connections(unsigned int nl, const unsigned int *layers)
{
	unsigned int c = 0;
	for (unsigned int i = 1; i < nl; i++)
		c += (layers[i - 1] + 1) * layers[i];
	return c;
}

static int selected(const char *name)
{
	return opt_filter == NULL || strstr(name, opt_filter) != NULL;
}

/* Picks n so that one Debian measurement takes about target_ms (used with --calibrate). */
static void calibrate(Case *c, double target_ms)
{
	double check;
	unsigned int n = 1;
	for (;;) {
		c->n = n;
		double ms = do_work(c, DEB, &check);
		if (ms >= target_ms / 4 || n >= (1u << 28)) {
			double scaled = n * target_ms / (ms > 1e-3 ? ms : 1e-3);
			c->n = scaled < 1 ? 1 : (unsigned int)(scaled + 0.5);
			return;
		}
		n *= 4;
	}
}

static void measure(Case *c, const char *group, const char *n_unit, unsigned int connections)
{
	if (!selected(c->name))
		return;
	if (nrows >= MAX_ROWS) {
		fprintf(stderr, "bench: too many rows\n");
		exit(2);
	}
	if (opt_calibrate && c->kind != K_CASCADE)
		calibrate(c, c->kind == K_RUN ? 100.0 : 150.0);
	int reps = opt_reps;
	if (c->max_reps > 0 && reps > c->max_reps)
		reps = c->max_reps;
	double t[NLIBS][64];
	double check[NLIBS] = {0, 0};
	int unstable[NLIBS] = {0, 0};
	double cpu_ms[NLIBS] = {0, 0}, wall_ms[NLIBS] = {0, 0};
	if (reps > 64)
		reps = 64;
	for (int r = 0; r < reps; r++) {
		/* alternate which library goes first */
		for (int k = 0; k < NLIBS; k++) {
			int li = (r % 2 == 0) ? k : NLIBS - 1 - k;
			double chk;
			t[li][r] = do_work(c, li, &chk);
			cpu_ms[li] += last_cpu_ms;
			wall_ms[li] += t[li][r];
			/* the same library must give the same result every repetition */
			if (r > 0 && memcmp(&chk, &check[li], sizeof chk) != 0)
				unstable[li] = 1;
			check[li] = chk;
		}
	}
	Row *row = &rows[nrows++];
	snprintf(row->name, sizeof row->name, "%s", c->name);
	snprintf(row->group, sizeof row->group, "%s", group);
	row->n = c->n;
	row->n_unit = n_unit;
	row->connections = connections;
	for (int li = 0; li < NLIBS; li++) {
		row->ms[li] = median(t[li], reps);
		row->check[li] = check[li];
		row->unstable[li] = unstable[li];
		/* CPU time well above wall time: the library used more than one thread */
		row->threaded[li] = cpu_ms[li] > 1.25 * wall_ms[li] + 1.0;
	}
	if (c->kind == K_CASCADE)
		row->connections = cascade_connections[DEB];
	fprintf(stderr, "  %-40s %s=%-8u Debian %9.2f ms  ours %9.2f ms  (%d reps)%s\n", row->name,
	        n_unit, row->n, row->ms[DEB], row->ms[OURS], reps,
	        same_check(row) ? "" : "  [results differ]");
}

/* ------------------------------------------------------------------------------------------ */
/* Cases                                                                                        */

typedef struct DatasetSpec {
	const char *name;
	unsigned int nl;
	unsigned int layers[5];
	unsigned int epochs; /* per measurement, chosen for ~50-300 ms on Debian (this machine) */
} DatasetSpec;

static const DatasetSpec datasets[] = {
	{"mushroom", 3, {125, 32, 2}, 7},
	{"gene", 3, {120, 32, 3}, 17},
	{"robot", 3, {48, 96, 3}, 55},
	{"building", 3, {14, 16, 3}, 100},
	{"census-house", 3, {16, 32, 1}, 12},
	{"two-spiral", 4, {2, 20, 10, 1}, 800},
	{"parity13", 3, {13, 13, 1}, 50},
};
#define NDATASETS (sizeof datasets / sizeof datasets[0])

typedef struct RunSpec {
	unsigned int nl;
	unsigned int layers[5];
	unsigned int calls; /* per measurement, ~100 ms on Debian (this machine) */
} RunSpec;

static const RunSpec runs[] = {
	{3, {2, 3, 1}, 1600000},
	{3, {10, 50, 10}, 100000},
	{3, {100, 300, 10}, 5000},
	{4, {784, 300, 100, 10}, 700},
	{3, {1000, 1000, 1000}, 130},
};
#define NRUNS (sizeof runs / sizeof runs[0])

static unsigned int scale_n(unsigned int n)
{
	if (!opt_quick)
		return n;
	n /= 10;
	return n ? n : 1;
}

static void layers_str(char *buf, size_t len, unsigned int nl, const unsigned int *layers)
{
	size_t off = 0;
	buf[0] = 0;
	for (unsigned int i = 0; i < nl && off < len; i++)
		off += snprintf(buf + off, len - off, "%s%u", i ? "-" : "", layers[i]);
}

static struct fann_train_data *read_data(Lib *L, const char *name)
{
	char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/%s.train", opt_datasets, name);
	struct fann_train_data *d = L->fann_read_train_from_file(path);
	check_data(L, d, path);
	return d;
}

static void run_training_cases(void)
{
	char ls[64];
	for (size_t i = 0; i < NDATASETS; i++) {
		const DatasetSpec *ds = &datasets[i];
		/* skip reading the file when no case of this data set is selected */
		int any = 0;
		for (int a = 0; a < 5; a++) {
			char name[96];
			layers_str(ls, sizeof ls, ds->nl, ds->layers);
			snprintf(name, sizeof name, "train %s %s %s", ds->name, ls, alg_names[a]);
			any |= selected(name);
		}
		if (!any)
			continue;
		Case c = {0};
		c.kind = K_TRAIN;
		c.nl = ds->nl;
		memcpy(c.layers, ds->layers, sizeof c.layers);
		for (int li = 0; li < NLIBS; li++)
			c.data[li] = read_data(&libs[li], ds->name);
		if (c.data[DEB]->num_input != ds->layers[0] ||
		    c.data[DEB]->num_output != ds->layers[ds->nl - 1]) {
			fprintf(stderr, "bench: %s: data is %u-%u, net expects %u-%u\n", ds->name,
			        c.data[DEB]->num_input, c.data[DEB]->num_output, ds->layers[0],
			        ds->layers[ds->nl - 1]);
			exit(3);
		}
		layers_str(ls, sizeof ls, ds->nl, ds->layers);
		for (int a = 0; a < 5; a++) {
			c.alg = a;
			c.n = scale_n(ds->epochs);
			snprintf(c.name, sizeof c.name, "train %s %s %s", ds->name, ls, alg_names[a]);
			measure(&c, "training", "epochs", standard_connections(ds->nl, ds->layers));
		}
		for (int li = 0; li < NLIBS; li++)
			libs[li].fann_destroy_train(c.data[li]);
	}

	/* synthetic 784-256-10 */
	{
		Case c = {0};
		c.kind = K_TRAIN;
		c.nl = 3;
		c.layers[0] = SYNTH_IN;
		c.layers[1] = SYNTH_HIDDEN;
		c.layers[2] = SYNTH_OUT;
		c.max_reps = 3;
		int any = 0;
		char names[5][80];
		for (int a = 0; a < 5; a++) {
			snprintf(names[a], sizeof names[a], "train synthetic(%u) 784-256-10 %s",
			         synth_samples, alg_names[a]);
			any |= selected(names[a]);
		}
		if (any) {
			for (int li = 0; li < NLIBS; li++)
				c.data[li] = make_synthetic(&libs[li], synth_samples);
			for (int a = 0; a < 5; a++) {
				c.alg = a;
				c.n = 1;
				memcpy(c.name, names[a], sizeof names[a]);
				int saved = opt_calibrate;
				opt_calibrate = 0; /* one epoch is already > 300 ms */
				measure(&c, "training", "epochs", standard_connections(3, c.layers));
				opt_calibrate = saved;
			}
			for (int li = 0; li < NLIBS; li++)
				libs[li].fann_destroy_train(c.data[li]);
		}
	}
}

static void run_run_cases(void)
{
	char ls[64];
	for (size_t i = 0; i < NRUNS; i++) {
		const RunSpec *rs = &runs[i];
		Case c = {0};
		c.kind = K_RUN;
		c.nl = rs->nl;
		memcpy(c.layers, rs->layers, sizeof c.layers);
		c.n = scale_n(rs->calls);
		layers_str(ls, sizeof ls, rs->nl, rs->layers);
		snprintf(c.name, sizeof c.name, "fann_run %s", ls);
		if (!selected(c.name))
			continue;
		c.inputs = malloc(sizeof(fann_type) * RUN_INPUTS * rs->layers[0]);
		lcg_seed(0xabcdefu + i);
		for (unsigned int k = 0; k < RUN_INPUTS * rs->layers[0]; k++)
			c.inputs[k] = 2.0f * lcg_unit() - 1.0f;
		measure(&c, "fann_run", "calls", standard_connections(rs->nl, rs->layers));
		free(c.inputs);
	}
}

static void run_cascade_cases(void)
{
	/* max_out_epochs / max_cand_epochs: FANN's defaults (150) for two-spiral; fewer for
	 * building, whose 2104 samples x 80 candidates would otherwise take ~18 s per run. */
	static const struct {
		const char *name;
		unsigned int nin, nout, out_epochs, cand_epochs;
	} cs[] = {
		{"two-spiral", 2, 1, 150, 150},
		{"building", 14, 3, CASCADE_BUILDING_EPOCHS, CASCADE_BUILDING_EPOCHS},
	};
	for (size_t i = 0; i < sizeof cs / sizeof cs[0]; i++) {
		Case c = {0};
		c.kind = K_CASCADE;
		c.nl = 2;
		c.layers[0] = cs[i].nin;
		c.layers[1] = cs[i].nout;
		c.n = opt_quick ? 2 : 10;
		c.max_reps = 3;
		c.out_epochs = cs[i].out_epochs;
		c.cand_epochs = cs[i].cand_epochs;
		snprintf(c.name, sizeof c.name, "cascade %s (shortcut, RPROP, out/cand epochs %u/%u)",
		         cs[i].name, c.out_epochs, c.cand_epochs);
		if (!selected(c.name))
			continue;
		for (int li = 0; li < NLIBS; li++)
			c.data[li] = read_data(&libs[li], cs[i].name);
		measure(&c, "cascade", "max_neurons", 0);
		for (int li = 0; li < NLIBS; li++)
			libs[li].fann_destroy_train(c.data[li]);
	}
}

/* ------------------------------------------------------------------------------------------ */
/* Threads: ours with one and with two fast-path threads (fann_set_num_threads)                */

typedef struct ThreadRow {
	char name[96];
	double ms[2]; /* 1 thread, 2 threads */
	double check[2];
} ThreadRow;

static ThreadRow thread_rows[5];
static int nthread_rows;

/* Threads in a dlmopen namespace (a second libc) are not supported by glibc, so this runs
 * in a forked child that loads our library with plain dlopen, like the memory children. */
static void run_thread_cases(const char *ours_path)
{
	static const int algs[] = {FANN_TRAIN_BATCH, FANN_TRAIN_RPROP};
	if (opt_exact)
		return;
	char names[2][96];
	int sel[2], any = 0;
	for (int a = 0; a < 2; a++) {
		snprintf(names[a], sizeof names[a], "threads synthetic(%u) 784-256-10 %s", synth_samples,
		         alg_names[algs[a]]);
		sel[a] = selected(names[a]);
		any |= sel[a];
	}
	if (!any)
		return;
	int fds[2];
	if (pipe(fds) != 0) {
		perror("pipe");
		return;
	}
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		perror("fork");
		return;
	}
	if (pid == 0) {
		close(fds[0]);
		Lib L;
		load_lib(&L, "ours", ours_path, 0);
		double out[2][2] = {{0, 0}, {0, 0}};
		if (L.set_num_threads != NULL) {
			struct fann_train_data *d = make_synthetic(&L, synth_samples);
			unsigned int layers[3] = {SYNTH_IN, SYNTH_HIDDEN, SYNTH_OUT};
			int reps = opt_reps < 3 ? opt_reps : 3;
			for (int a = 0; a < 2; a++) {
				if (!sel[a])
					continue;
				for (int t = 0; t < 2; t++) {
					double ms[64], check;
					for (int r = 0; r < reps; r++) {
						cur_threads = (unsigned int)(t + 1);
						ms[r] = work_train(&L, 3, layers, d, algs[a], 2, &check);
					}
					out[a][t] = median(ms, reps);
				}
			}
			L.fann_destroy_train(d);
		}
		if (write(fds[1], out, sizeof out) != (ssize_t)sizeof out)
			_exit(4);
		_exit(0);
	}
	close(fds[1]);
	double out[2][2];
	ssize_t got = read(fds[0], out, sizeof out);
	close(fds[0]);
	int status;
	waitpid(pid, &status, 0);
	if (got != (ssize_t)sizeof out || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		fprintf(stderr, "bench: threads child failed (status %d)\n", status);
		return;
	}
	for (int a = 0; a < 2; a++) {
		if (!sel[a] || out[a][0] <= 0)
			continue;
		ThreadRow *row = &thread_rows[nthread_rows++];
		snprintf(row->name, sizeof row->name, "%s", names[a]);
		row->ms[0] = out[a][0];
		row->ms[1] = out[a][1];
		fprintf(stderr, "  %-40s 1 thread %9.2f ms  2 threads %9.2f ms\n", row->name, row->ms[0],
		        row->ms[1]);
	}
}

/* ------------------------------------------------------------------------------------------ */
/* Peak memory (forked children, one library each)                                             */

typedef struct MemResult {
	long maxrss_kb;   /* ru_maxrss of the child (wait4) */
	long base_kb;     /* VmRSS in the child right after dlopen, before any FANN work */
	double ms;
	int ok;
} MemResult;

static MemResult mem_child(const char *tag, const char *path, int alg, unsigned int epochs)
{
	MemResult res = {0};
	int fds[2];
	if (pipe(fds) != 0) {
		perror("pipe");
		return res;
	}
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		perror("fork");
		return res;
	}
	if (pid == 0) {
		close(fds[0]);
		Lib L;
		load_lib(&L, tag, path, 0);
		long base = rss_kb_now();
		struct fann_train_data *d = make_synthetic(&L, synth_samples);
		unsigned int layers[3] = {SYNTH_IN, SYNTH_HIDDEN, SYNTH_OUT};
		double check;
		double ms = work_train(&L, 3, layers, d, alg, epochs, &check);
		L.fann_destroy_train(d);
		double msg[2] = {(double)base, ms};
		if (write(fds[1], msg, sizeof msg) != (ssize_t)sizeof msg)
			_exit(4);
		_exit(0);
	}
	close(fds[1]);
	double msg[2];
	ssize_t got = read(fds[0], msg, sizeof msg);
	close(fds[0]);
	int status;
	struct rusage ru;
	if (wait4(pid, &status, 0, &ru) < 0) {
		perror("wait4");
		return res;
	}
	if (got == (ssize_t)sizeof msg && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
		res.ok = 1;
		res.base_kb = (long)msg[0];
		res.ms = msg[1];
	} else {
		fprintf(stderr, "bench: memory child for %s failed (status %d)\n", path, status);
	}
	res.maxrss_kb = ru.ru_maxrss;
	return res;
}

static MemResult mem_results[NLIBS];
static int mem_done = 0;
static const int mem_alg = FANN_TRAIN_RPROP;
static const unsigned int mem_epochs = 1;

/* ------------------------------------------------------------------------------------------ */
/* Report                                                                                       */

static int same_check(const Row *r)
{
	return r->check[DEB] == r->check[OURS] || (isnan(r->check[DEB]) && isnan(r->check[OURS]));
}

static void print_check(const Row *r)
{
	if (same_check(r))
		printf("yes");
	else
		printf("no (%.9g vs %.9g)", r->check[DEB], r->check[OURS]);
	for (int li = 0; li < NLIBS; li++) {
		if (r->unstable[li])
			printf("; %s varies between runs", libs[li].tag);
		if (r->threaded[li])
			printf("; %s used >1 CPU", libs[li].tag);
	}
}

static void report(void)
{
	printf("| case | N | connections | Debian ms | ours ms | ratio | same result |\n");
	printf("|---|---:|---:|---:|---:|---:|---|\n");
	const char *groups[] = {"training", "fann_run", "cascade"};
	for (int g = 0; g < 3; g++) {
		double logsum = 0;
		int cnt = 0;
		for (int i = 0; i < nrows; i++) {
			Row *r = &rows[i];
			if (strcmp(r->group, groups[g]) != 0)
				continue;
			double ratio = r->ms[OURS] > 0 ? r->ms[DEB] / r->ms[OURS] : NAN;
			printf("| %s | %u %s | %u | %.2f | %.2f | %.2f | ", r->name, r->n, r->n_unit,
			       r->connections, r->ms[DEB], r->ms[OURS], ratio);
			print_check(r);
			printf(" |\n");
			if (ratio > 0 && isfinite(ratio)) {
				logsum += log(ratio);
				cnt++;
			}
		}
		if (cnt > 0)
			printf("| **%s: geometric mean** | | | | | **%.2f** | |\n", groups[g],
			       exp(logsum / cnt));
	}
	if (nthread_rows > 0) {
		printf("\nThreads, ours (fann_set_num_threads), 2 epochs per measurement, median of up to 3:"
		       "\n\n| case | 1 thread ms | 2 threads ms | speed-up |\n|---|---:|---:|---:|\n");
		for (int i = 0; i < nthread_rows; i++) {
			ThreadRow *t = &thread_rows[i];
			printf("| %s | %.2f | %.2f | %.2f |\n", t->name, t->ms[0], t->ms[1],
			       t->ms[1] > 0 ? t->ms[0] / t->ms[1] : 0.0);
		}
	}
	if (mem_done) {
		printf("\nPeak memory, synthetic 784-256-10, %u samples, %s, %u epoch(s), one child "
		       "process per library:\n\n",
		       synth_samples, alg_names[mem_alg], mem_epochs);
		printf("| library | peak RSS (ru_maxrss) MB | RSS after dlopen MB | growth MB | "
		       "train ms |\n");
		printf("|---|---:|---:|---:|---:|\n");
		for (int li = 0; li < NLIBS; li++) {
			MemResult *m = &mem_results[li];
			if (!m->ok) {
				printf("| %s | failed | | | |\n", libs[li].tag);
				continue;
			}
			printf("| %s | %.1f | %.1f | %.1f | %.0f |\n", libs[li].tag, m->maxrss_kb / 1024.0,
			       m->base_kb / 1024.0, (m->maxrss_kb - m->base_kb) / 1024.0, m->ms);
		}
	}
}

/* ------------------------------------------------------------------------------------------ */

static void usage(void)
{
	fprintf(stderr,
	        "usage: bench [--debian PATH] [--ours PATH] [--reps N] [--quick] [--filter SUBSTR]\n"
	        "             [--datasets DIR] [--calibrate] [--no-memory] [--exact]\n");
	exit(1);
}

static void loadavg(char *buf, size_t len)
{
	FILE *f = fopen("/proc/loadavg", "r");
	double a = -1;
	if (f) {
		if (fscanf(f, "%lf", &a) != 1)
			a = -1;
		fclose(f);
	}
	snprintf(buf, len, "%.2f", a);
}

static int env_flag(const char *name)
{
	const char *v = getenv(name);
	return v != NULL && *v != 0 && strcmp(v, "0") != 0;
}

int main(int argc, char **argv)
{
	static char default_ours[PATH_MAX];
	const char *debian_path = "/usr/lib/x86_64-linux-gnu/libfann.so.2";
	const char *ours_path = NULL;
	{
		/* default for ours: <dir of this executable>/../build/lib/libfann.so.2 */
		char exe[PATH_MAX];
		ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
		if (n > 0) {
			exe[n] = 0;
			snprintf(default_ours, sizeof default_ours, "%s/../build/lib/libfann.so.2",
			         dirname(exe));
			ours_path = default_ours;
		}
	}
	if (getenv("BENCH_DEBIAN_LIB"))
		debian_path = getenv("BENCH_DEBIAN_LIB");
	if (getenv("BENCH_OURS_LIB"))
		ours_path = getenv("BENCH_OURS_LIB");
	if (getenv("BENCH_REPS"))
		opt_reps = atoi(getenv("BENCH_REPS"));
	opt_quick = env_flag("BENCH_QUICK");
	opt_calibrate = env_flag("BENCH_CALIBRATE");
	opt_exact = env_flag("BENCH_EXACT");
	if (env_flag("BENCH_NO_MEMORY"))
		opt_memory = 0;
	if (getenv("BENCH_FILTER") && *getenv("BENCH_FILTER"))
		opt_filter = getenv("BENCH_FILTER");
	if (getenv("BENCH_DATASETS"))
		opt_datasets = getenv("BENCH_DATASETS");
	int reps_given = getenv("BENCH_REPS") != NULL;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--debian") && i + 1 < argc)
			debian_path = argv[++i];
		else if (!strcmp(a, "--ours") && i + 1 < argc)
			ours_path = argv[++i];
		else if (!strcmp(a, "--reps") && i + 1 < argc) {
			opt_reps = atoi(argv[++i]);
			reps_given = 1;
		} else if (!strcmp(a, "--quick"))
			opt_quick = 1;
		else if (!strcmp(a, "--calibrate"))
			opt_calibrate = 1;
		else if (!strcmp(a, "--exact"))
			opt_exact = 1;
		else if (!strcmp(a, "--no-memory"))
			opt_memory = 0;
		else if (!strcmp(a, "--filter") && i + 1 < argc)
			opt_filter = argv[++i];
		else if (!strcmp(a, "--datasets") && i + 1 < argc)
			opt_datasets = argv[++i];
		else
			usage();
	}
	if (ours_path == NULL)
		usage();
	if (opt_quick && !reps_given)
		opt_reps = 1;
	if (opt_reps < 1)
		opt_reps = 1;
	if (opt_quick)
		synth_samples = 500;

	char load_start[32], load_end[32];
	double wall_start = now_ms();
	loadavg(load_start, sizeof load_start);
	fprintf(stderr, "bench: Debian = %s\nbench: ours   = %s\nbench: reps = %d%s%s\n",
	        debian_path, ours_path, opt_reps, opt_quick ? ", quick mode" : "",
	        opt_calibrate ? ", calibrating N on Debian" : "");

	/* Peak memory first, while this process is still small (forked children inherit its RSS). */
	if (opt_memory && selected("memory")) {
		fprintf(stderr, "bench: peak memory (forked children)\n");
		mem_results[DEB] = mem_child("Debian", debian_path, mem_alg, mem_epochs);
		mem_results[OURS] = mem_child("ours", ours_path, mem_alg, mem_epochs);
		mem_done = 1;
	}

	load_lib(&libs[DEB], "Debian", debian_path, 1);
	load_lib(&libs[OURS], "ours", ours_path, 1);
	if (libs[DEB].srand_ == (void (*)(unsigned int))srand ||
	    libs[OURS].srand_ == (void (*)(unsigned int))srand)
		fprintf(stderr, "bench: warning: a library shares the main namespace's libc\n");

	fprintf(stderr, "bench: training\n");
	run_training_cases();
	fprintf(stderr, "bench: fann_run\n");
	run_run_cases();
	fprintf(stderr, "bench: cascade\n");
	run_cascade_cases();
	fprintf(stderr, "bench: threads\n");
	run_thread_cases(ours_path);

	loadavg(load_end, sizeof load_end);
	printf("\nDebian: `%s`; ours: `%s`%s; float, one thread; median of %d repetition(s) "
	       "(at most 3 for synthetic and cascade cases)%s. ratio = Debian ms / ours ms "
	       "(> 1: ours faster). Wall time %.0f s; 1-min load average %s at start, %s at end.\n\n",
	       debian_path, ours_path, opt_exact ? " on its exact path (fann_set_exact)" : "", opt_reps, opt_quick ? ", QUICK mode" : "",
	       (now_ms() - wall_start) / 1e3, load_start, load_end);
	report();
	return 0;
}
