/*
 * impl_cascade_bad.h - cascade training on input FANN does not expect (api.md 5.2.5,
 * algorithms.md 7.1), limited to what Debian's 2.2.0 does deterministically and without
 * reading uninitialised memory (each case was checked with valgrind):
 *   layered nets are not here: 2.2.0 grows them into a net whose next run reads past its
 *   neuron array; ours refuses them with error 15 (COMPATIBILITY.md, tests/c_api);
 *   zero candidates: fann_set_cascade_activation_functions / _steepnesses with count 0
 *   (error 11 at set time, array NULL), the same call again (no error), groups 0, save of
 *   such a net and its reload (error 11, NULL), then lists set again and a normal
 *   cascade.  A cascade WITH zero candidates is left out: 2.2.0 then trains and
 *   installs a candidate made of uninitialised memory (valgrind errors, output differs
 *   from run to run);
 *   BATCH (errors to stderr) and INCREMENTAL (error log = stdout, interleaved with the
 *   reports): error 15 for every output and candidate epoch, no weight changes by the
 *   phases; an unknown training algorithm (7): no updates and no error;
 *   data with more inputs/outputs than the net (FANN does not check sizes; only the
 *   first num_input/num_output columns are used).  Narrower data is left out (reads past
 *   the end of the data arrays);
 *   an empty data set (0 patterns; never destroyed: 2.2.0's fann_destroy_train reads
 *   past the empty allocation);
 *   THRESHOLD as candidate function (error 12 for every candidate derivative) and as
 *   output function (error 12 in every output epoch);
 *   fewer candidates in a second cascade on the same net (the score array is reused);
 *   fann_cascadetrain_on_file on a missing file (error 1, nothing else) and on a
 *   malformed file (error 10).
 * Left out as well: cascade_max_cand_epochs 0 (2.2.0 installs the candidate indexed by
 * the never initialised cascade_best_candidate, an input neuron in practice).
 */
#include "cascade_util.h"

static void small_epochs(struct fann *ann)
{
    fann_set_cascade_max_out_epochs(ann, 20);
    fann_set_cascade_min_out_epochs(ann, 5);
    fann_set_cascade_max_cand_epochs(ann, 15);
    fann_set_cascade_min_cand_epochs(ann, 5);
}

static unsigned int case_no = 0;

static struct fann *new_case(const char *title, struct fann *(*create)(void))
{
    struct fann *ann;
    unsigned int k = case_no++;
    label("=== case %u: %s\n", k, title);
    seed_rand(500 + k);
    ann = create();
    seed_rand(600 + k);
    fann_randomize_weights(ann, (fann_type)-0.1, (fann_type)0.1);
    printf("  initial weights hash %016llx\n", weights_hash(ann));
    return ann;
}

static struct fann *make_sc_2_1(void) { return fann_create_shortcut(2, 2, 1); }
static struct fann *make_sc_8_2(void) { return fann_create_shortcut(2, 8, 2); }

static void finish(struct fann *ann, struct fann_train_data *d)
{
    report_net(ann, d);
    printf("  next rand %d\n", rand());
    fann_destroy(ann);
}

static void print_lists(struct fann *ann)
{
    printf("  functions count=%u array=%s, steepnesses count=%u array=%s, groups=%u,"
           " candidates=%u\n",
           fann_get_cascade_activation_functions_count(ann),
           fann_get_cascade_activation_functions(ann) == NULL ? "NULL" : "set",
           fann_get_cascade_activation_steepnesses_count(ann),
           fann_get_cascade_activation_steepnesses(ann) == NULL ? "NULL" : "set",
           fann_get_cascade_num_candidate_groups(ann), fann_get_cascade_num_candidates(ann));
}

static void zero_candidates(void)
{
    static const enum fann_activationfunc_enum f[] = { FANN_SIGMOID_SYMMETRIC, FANN_COS };
    fann_type s[3] = { (fann_type)0.5, (fann_type)1.0, (fann_type)0.25 };
    struct fann_train_data *d = SETS[XOR].data;
    struct fann *ann, *ld;

    make_probes(d);
    ann = new_case("zero candidates: lists with count 0, groups 0", make_sc_2_1);
    fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
    small_epochs(ann);
    print_lists(ann);
    printf("  set_cascade_activation_functions(count 0)\n");
    FLUSHED(fann_set_cascade_activation_functions(ann, (enum fann_activationfunc_enum *)f, 0));
    print_errstate("  error state", (struct fann_error *)ann);
    print_lists(ann);
    fann_reset_errno((struct fann_error *)ann);
    fann_reset_errstr((struct fann_error *)ann);
    printf("  set_cascade_activation_functions(count 0) again (count unchanged)\n");
    FLUSHED(fann_set_cascade_activation_functions(ann, (enum fann_activationfunc_enum *)f, 0));
    print_errstate("  error state", (struct fann_error *)ann);
    printf("  set_cascade_activation_steepnesses(count 0)\n");
    FLUSHED(fann_set_cascade_activation_steepnesses(ann, s, 0));
    print_errstate("  error state", (struct fann_error *)ann);
    fann_reset_errno((struct fann_error *)ann);
    fann_reset_errstr((struct fann_error *)ann);
    printf("  set_cascade_num_candidate_groups(0)\n");
    fann_set_cascade_num_candidate_groups(ann, 0);
    print_errstate("  error state", (struct fann_error *)ann);
    print_lists(ann);
    dump_params(ann);
    printf("  save -> %d\n", fann_save(ann, "zero.net"));
    cat_file("zero.net");
    printf("  reload:\n");
    FLUSHED(ld = fann_create_from_file("zero.net"));
    printf("  reload -> %s\n", ld == NULL ? "NULL" : "net");
    if (ld != NULL)
        fann_destroy(ld);
    printf("  lists set again (2 functions, 3 steepnesses), groups 1\n");
    FLUSHED(fann_set_cascade_activation_functions(ann, (enum fann_activationfunc_enum *)f, 2));
    FLUSHED(fann_set_cascade_activation_steepnesses(ann, s, 3));
    fann_set_cascade_num_candidate_groups(ann, 1);
    print_errstate("  error state", (struct fann_error *)ann);
    print_lists(ann);
    dump_params(ann);
    cascade(ann, d, 3, 1, 0.0f);
    finish(ann, d);
}

static void wrong_algorithm(void)
{
    struct fann_train_data *d = SETS[XOR].data;
    struct fann *ann;

    make_probes(d);
    ann = new_case("BATCH: error 15 (stderr) every output and candidate epoch", make_sc_2_1);
    fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
    fann_set_training_algorithm(ann, FANN_TRAIN_BATCH);
    fann_set_cascade_max_out_epochs(ann, 6);
    fann_set_cascade_min_out_epochs(ann, 2);
    fann_set_cascade_max_cand_epochs(ann, 4);
    fann_set_cascade_min_cand_epochs(ann, 2);
    cascade(ann, d, 2, 1, 0.0f);
    print_errstate("  error state", (struct fann_error *)ann);
    finish(ann, d);

    ann = new_case("INCREMENTAL, error log stdout: error 15 between the report lines",
                   make_sc_2_1);
    fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
    fann_set_training_algorithm(ann, FANN_TRAIN_INCREMENTAL);
    fann_set_error_log((struct fann_error *)ann, stdout);
    fann_set_cascade_max_out_epochs(ann, 3);
    fann_set_cascade_min_out_epochs(ann, 0);
    fann_set_cascade_max_cand_epochs(ann, 2);
    fann_set_cascade_min_cand_epochs(ann, 0);
    cascade(ann, d, 3, 1, 0.0f);
    print_errstate("  error state", (struct fann_error *)ann);
    fann_set_error_log((struct fann_error *)ann, NULL);
    finish(ann, d);

    ann = new_case("unknown training algorithm 7: no updates, no error", make_sc_2_1);
    fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
    fann_set_training_algorithm(ann, (enum fann_train_enum)7);
    small_epochs(ann);
    cascade(ann, d, 2, 1, 0.0f);
    print_errstate("  error state", (struct fann_error *)ann);
    finish(ann, d);
}

static void odd_data(void)
{
    struct fann_train_data *x = SETS[XOR].data;
    struct fann_train_data *w = fann_create_train(4, 3, 2), *e;
    struct fann *ann;
    unsigned int i;

    for (i = 0; i < 4; i++) {
        w->input[i][0] = x->input[i][0];
        w->input[i][1] = x->input[i][1];
        w->input[i][2] = (fann_type)(5.0 - i);
        w->output[i][0] = x->output[i][0];
        w->output[i][1] = (fann_type)(0.25 * i);
    }
    make_probes(x);
    ann = new_case("data 3 in / 2 out on a 2-1 net (sizes not checked)", make_sc_2_1);
    fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
    small_epochs(ann);
    cascade(ann, w, 3, 1, 0.0f);
    finish(ann, x);
    fann_destroy_train(w);

    e = fann_read_train_from_file("files/spec_5_6_empty.data");
    printf("  empty data: %u patterns\n", fann_length_train_data(e));
    ann = new_case("empty data set (0 patterns)", make_sc_2_1);
    fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
    small_epochs(ann);
    cascade(ann, e, 3, 1, 0.0f);
    finish(ann, x);

    ann = new_case("empty data set, desired error -1 (never reached)", make_sc_2_1);
    fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
    small_epochs(ann);
    cascade(ann, e, 2, 1, -1.0f);
    finish(ann, x);
    /* not destroyed: 2.2.0's fann_destroy_train reads input[0] of an empty set
     * (past its 0-byte allocation) */
}

static void threshold(void)
{
    static const enum fann_activationfunc_enum f[] = { FANN_THRESHOLD, FANN_SIGMOID_SYMMETRIC };
    fann_type s[1] = { (fann_type)0.5 };
    struct fann_train_data *d = SETS[XOR].data;
    struct fann *ann;

    make_probes(d);
    ann = new_case("THRESHOLD candidates: error 12 for every candidate derivative", make_sc_2_1);
    fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
    fann_set_cascade_activation_functions(ann, (enum fann_activationfunc_enum *)f, 2);
    fann_set_cascade_activation_steepnesses(ann, s, 1);
    fann_set_cascade_num_candidate_groups(ann, 1);
    fann_set_cascade_max_out_epochs(ann, 10);
    fann_set_cascade_max_cand_epochs(ann, 3);
    cascade(ann, d, 2, 1, 0.0f);
    print_errstate("  error state", (struct fann_error *)ann);
    finish(ann, d);

    ann = new_case("THRESHOLD output: error 12 in every output epoch", make_sc_2_1);
    fann_set_activation_function_output(ann, FANN_THRESHOLD);
    fann_set_cascade_activation_functions(ann, (enum fann_activationfunc_enum *)f + 1, 1);
    fann_set_cascade_activation_steepnesses(ann, s, 1);
    fann_set_cascade_max_out_epochs(ann, 3);
    fann_set_cascade_max_cand_epochs(ann, 3);
    cascade(ann, d, 2, 1, 0.0f);
    print_errstate("  error state", (struct fann_error *)ann);
    finish(ann, d);
}

static void fewer_candidates(void)
{
    static const enum fann_activationfunc_enum f[] = { FANN_GAUSSIAN, FANN_SIN_SYMMETRIC };
    fann_type s[1] = { (fann_type)0.75 };
    struct fann_train_data *d = SETS[DIABETES].data;
    struct fann *ann;

    make_probes(d);
    ann = new_case("80 candidates, then a second cascade with 2 (score array reused)",
                   make_sc_8_2);
    small_epochs(ann);
    cascade(ann, d, 2, 1, 0.0f);
    print_mse_state("first run:", ann);
    fann_set_cascade_activation_functions(ann, (enum fann_activationfunc_enum *)f, 2);
    fann_set_cascade_activation_steepnesses(ann, s, 1);
    fann_set_cascade_num_candidate_groups(ann, 1);
    cascade(ann, d, 2, 1, 0.0f);
    finish(ann, d);
}

static void bad_files(void)
{
    struct fann *ann;
    make_probes(SETS[XOR].data);
    ann = new_case("fann_cascadetrain_on_file: missing file (error 1, no report)", make_sc_2_1);
    FLUSHED(fann_cascadetrain_on_file(ann, "no-such-file.data", 3, 1, 0.0f));
    print_errstate("  error state", (struct fann_error *)ann);
    printf("  weights hash %016llx\n", weights_hash(ann));
    write_text("bad.data", "4 2 1\n-1 -1\n-1\n-1 1\nx\n");
    printf("  fann_cascadetrain_on_file: malformed file\n");
    FLUSHED(fann_cascadetrain_on_file(ann, "bad.data", 3, 1, 0.0f));
    print_errstate("  error state", (struct fann_error *)ann);
    finish(ann, SETS[XOR].data);
}

int main(void)
{
    unsigned int i;
    setup_tmpdir();
    load_sets();
    zero_candidates();
    wrong_algorithm();
    odd_data();
    threshold();
    fewer_candidates();
    bad_files();
    for (i = 0; i < NSETS; i++)
        fann_destroy_train(SETS[i].data);
    return 0;
}
