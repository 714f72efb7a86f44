/*
 * impl_netfixtures.h - the committed network files in tests/files
 * (FANN_TEST_FILES, see fileutil.h):
 *   spec_5_1_float.net   formats.md 5.1 (float 2-3-1, fann_save)
 *   spec_5_2_fixed.net   formats.md 5.2 (its fann_save_to_fixed)
 *   spec_5_3_scaled.net  5.1 with the scale block of 5.3
 *   spec_5_4_shortcut.net 5.1 with the lines of 5.4 (shortcut 2-2-1)
 *   spec_5_5_double.net  5.1 with the lines of 5.5 (double library)
 *   legacy_1_1_float.net formats.md 1.8 (FANN_FLO_1.1)
 *   legacy_1_1_fixed.net the same net as FANN_FIX_1.1 (values of 5.2)
 *   conv_<name>.fix.net  fann_save_to_fixed of the float nets of convnets.h,
 *                        written with Debian's float library
 * float/double: load the FLO files, dump and run them, re-save and print
 * whether the result equals the fixture; rebuild the nets of the spec
 * examples and of convnets.h and compare fann_save / fann_save_to_fixed
 * output with the fixtures.
 * fixed: load the FIX files (and 5.2 with other decimal points), run them
 * over a grid of integer inputs including out-of-range ones, re-save.
 */
#include "fileutil.h"
#include "convnets.h"

#define E(a) ((struct fann_error *)(a))

static void dump_all(struct fann *ann)
{
    print_errstate("loaded", E(ann));
    dump_getters(ann);
    dump_struct(ann);
    dump_params(ann);
    printf("activation getters:\n");
    dump_activation_getters(ann);
#ifndef FIXEDFANN
    if (ann->scale_mean_in != NULL) {
        unsigned int i;
        printf("scale in:");
        for (i = 0; i < ann->num_input; i++) {
            printf(" ");
            pf32(ann->scale_mean_in[i]); printf("/");
            pf32(ann->scale_deviation_in[i]); printf("/");
            pf32(ann->scale_new_min_in[i]); printf("/");
            pf32(ann->scale_factor_in[i]);
        }
        printf("\nscale out:");
        for (i = 0; i < ann->num_output; i++) {
            printf(" ");
            pf32(ann->scale_mean_out[i]); printf("/");
            pf32(ann->scale_deviation_out[i]); printf("/");
            pf32(ann->scale_new_min_out[i]); printf("/");
            pf32(ann->scale_factor_out[i]);
        }
        printf("\n");
    } else {
        printf("no scale parameters\n");
    }
#endif
}

/* save with `fn`, compare with `fixture`, print the file if it differs */
HELPER void compare_save(struct fann *ann, int fixed, const char *out, const char *fixture)
{
    int r;
    const char *same;
    FLUSHED(r = fixed ? fann_save_to_fixed(ann, out) : fann_save(ann, out));
    same = same_files(out, fixture);
    printf("%s -> %d; equals %s: %s\n", fixed ? "fann_save_to_fixed" : "fann_save", r, fixture,
           same);
    if (strcmp(same, "yes") != 0) {
        first_difference(out, fixture);
        cat_file(out);
    }
}

#ifndef FIXEDFANN

static void run_float(struct fann *ann, const char *tag)
{
    fann_type in[16], *out;
    unsigned int i, k, ni = fann_get_num_input(ann), no = fann_get_num_output(ann);
    printf("run (%s):\n", tag);
    lcg_seed(2024);
    for (k = 0; k < 10; k++) {
        for (i = 0; i < ni; i++) {
            if (k == 0)
                in[i] = (i % 2) ? -1 : 1;   /* (1, -1): formats.md 5.1 */
            else if (k == 1)
                in[i] = 0;
            else if (k == 2)
                in[i] = (fann_type)(i * 10 + 2);
            else
                in[i] = (fann_type)lcg_range(-3.0, 3.0);
        }
        FLUSHED(out = fann_run(ann, in));
        print_vec("  in", in, ni);
        print_vec("  out", out, no);
    }
}

/* the scale functions on the loaded 5.3 fixture (kept for the end of the
 * program: they are not part of fann_io.h) */
static void scale_functions(void)
{
    fann_type in[2], *out;
    struct fann *ann;

    printf("================ scale functions on files/spec_5_3_scaled.net\n");
    FLUSHED(ann = fann_create_from_file("files/spec_5_3_scaled.net"));
    if (ann == NULL) {
        printf("fann_create_from_file -> NULL\n");
        return;
    }
    in[0] = 2; in[1] = 25;
    fann_scale_input(ann, in);
    print_vec("  scale_input(2, 25)", in, 2);
    FLUSHED(out = fann_run(ann, in));
    print_vec("  run", out, 1);
    fann_descale_output(ann, out);
    print_vec("  descaled output", out, 1);
    fann_descale_input(ann, in);
    print_vec("  descale_input", in, 2);
    fann_destroy(ann);
}

static void load_fixture(const char *name, const char *fixed_fixture)
{
    char path[256], out[256];
    struct fann *ann;
    int r;

    snprintf(path, sizeof(path), "files/%s", name);
    printf("================ load %s\n", path);
    FLUSHED(ann = fann_create_from_file(path));
    if (ann == NULL) {
        printf("fann_create_from_file -> NULL\n");
        return;
    }
    dump_all(ann);
    run_float(ann, name);
    snprintf(out, sizeof(out), "%s.resaved", name);
    FLUSHED(r = fann_save(ann, out));
    printf("re-save -> %d; re-saved file equals the fixture: %s\n", r, same_files(out, path));
    if (strcmp(same_files(out, path), "yes") != 0) {
        first_difference(out, path);
        cat_file(out);
    }
    snprintf(out, sizeof(out), "%s.fix", name);
    if (fixed_fixture != NULL) {
        compare_save(ann, 1, out, fixed_fixture);
    } else {
        FLUSHED(r = fann_save_to_fixed(ann, out));
        printf("fann_save_to_fixed -> %d\n", r);
        cat_file(out);
    }
    fann_destroy(ann);
}

/* formats.md 5.1 / 5.5 */
static struct fann *spec_net(void)
{
    unsigned int i;
    struct fann *ann;
    seed_rand(5);
    ann = fann_create_standard(3, 2, 3, 1);
    for (i = 0; i < 13; i++)
        ann->weights[i] = (fann_type)(((int)(i % 7) - 3) * 0.25 + 0.1);
    fann_set_activation_function_hidden(ann, FANN_SIGMOID_SYMMETRIC);
    fann_set_activation_function_output(ann, FANN_LINEAR);
    return ann;
}

static void spec_recipes(void)
{
    struct fann *ann;
    fann_type in[2], *out;
    unsigned int i;

    printf("================ recipe of formats.md 5.1 (5.5 in the double library)\n");
    ann = spec_net();
    in[0] = 1; in[1] = -1;
    out = fann_run(ann, in);
    printf("run(1, -1) = ");
    pt(out[0]);
    printf("\n");
#ifdef DOUBLEFANN
    compare_save(ann, 0, "r51.net", "files/spec_5_5_double.net");
#else
    compare_save(ann, 0, "r51.net", "files/spec_5_1_float.net");
#endif
    compare_save(ann, 1, "r52.net", "files/spec_5_2_fixed.net");
    fann_destroy(ann);

    printf("================ recipe of formats.md 5.4\n");
    seed_rand(6);
    ann = fann_create_shortcut(3, 2, 2, 1);
    for (i = 0; i < ann->total_connections; i++)
        ann->weights[i] = (fann_type)(i * 0.125 - 0.5);
    /* double: the weights are multiples of 1/8, only the default limits differ */
    compare_save(ann, 0, "r54.net", "files/spec_5_4_shortcut.net");
    FLUSHED(i = (unsigned int)fann_save_to_fixed(ann, "r54.fix"));
    printf("fann_save_to_fixed -> %d\n", (int)i);
    cat_file("r54.fix");
    fann_destroy(ann);
}

/* needs fann_create_train + fann_set_scaling_params: kept for the end */
static void spec_recipe_5_3(void)
{
    struct fann *ann = spec_net();
    struct fann_train_data *d;

    printf("================ recipe of formats.md 5.3\n");
    d = fann_create_train(2, 2, 1);
    d->input[0][0] = 0; d->input[0][1] = 10; d->output[0][0] = 1;
    d->input[1][0] = 4; d->input[1][1] = 30; d->output[1][0] = 3;
    printf("set_scaling_params -> %d\n", fann_set_scaling_params(ann, d, -1, 1, 0, 1));
    fann_destroy_train(d);
#ifdef DOUBLEFANN
    FLUSHED(fann_save(ann, "r53.net"));
    printf("double: scaled net (differs from the float fixture in the weights):\n");
    cat_file("r53.net");
#else
    compare_save(ann, 0, "r53.net", "files/spec_5_3_scaled.net");
#endif
    printf("fann_save_to_fixed of the scaled net drops the scale block: ");
    compare_save(ann, 1, "r53.fix", "files/spec_5_2_fixed.net");
    fann_destroy(ann);
}

static void conv_recipes(void)
{
    unsigned int i;
    char fixture[256];
    for (i = 0; i < NCONV; i++) {
        struct fann *ann = conv_net(i);
        printf("================ convnets.h %s\n", conv_names[i]);
        snprintf(fixture, sizeof(fixture), "files/conv_%s.fix.net", conv_names[i]);
        compare_save(ann, 1, "conv.fix", fixture);
        FLUSHED(fann_save(ann, "conv.net"));
        cat_file("conv.net");
        fann_destroy(ann);
    }
}

int main(void)
{
    setup_tmpdir();
    printf("variant %s\n", VARIANT);
    load_fixture("spec_5_1_float.net", "files/spec_5_2_fixed.net");
    load_fixture("spec_5_5_double.net", "files/spec_5_2_fixed.net");
    load_fixture("spec_5_3_scaled.net", "files/spec_5_2_fixed.net");
    load_fixture("spec_5_4_shortcut.net", NULL);
    load_fixture("legacy_1_1_float.net", NULL);
    spec_recipes();
    conv_recipes();
    spec_recipe_5_3();
    scale_functions();
    return 0;
}

#else /* FIXEDFANN */

static void run_grid(struct fann *ann, const char *tag)
{
    fann_type in[16], *out;
    int m = (int)fann_get_multiplier(ann);
    unsigned int a, b, i, ni = fann_get_num_input(ann), no = fann_get_num_output(ann);
    /* computed in 64 bits, converted to int (wraps for large decimal points) */
    const long long mm = m;
    const fann_type grid[] = {
        (fann_type)(-3 * mm), (fann_type)(-mm - 1), (fann_type)-mm, (fann_type)(-mm / 2), -1, 0, 1,
        (fann_type)(mm / 3), (fann_type)(mm / 2 + 1), (fann_type)mm, (fann_type)(mm + 1),
        (fann_type)(2 * mm), (fann_type)(5 * mm),
    };
    const unsigned int ng = sizeof(grid) / sizeof(grid[0]);

    printf("run grid (%s), multiplier %d:\n", tag, m);
    lcg_seed(77);
    for (a = 0; a < ng; a++) {
        for (b = 0; b < (ni > 1 ? ng : 1); b++) {
            in[0] = grid[a];
            if (ni > 1)
                in[1] = grid[b];
            for (i = 2; i < ni; i++)
                in[i] = (fann_type)(lcg_next() % (2u * (unsigned)m + 1u)) - m;
            FLUSHED(out = fann_run(ann, in));
            print_vec("  in", in, ni);
            print_vec("  out", out, no);
        }
    }
}

static void load_fixed(const char *path, int compare)
{
    char out[256];
    const char *slash = strrchr(path, '/');
    struct fann *ann;
    int r;

    printf("================ load %s\n", path);
    FLUSHED(ann = fann_create_from_file(path));
    if (ann == NULL) {
        printf("fann_create_from_file -> NULL\n");
        return;
    }
    dump_all(ann);
    printf("sigmoid tables:");
    for (r = 0; r < 6; r++)
        printf(" %d/%d", ann->sigmoid_results[r], ann->sigmoid_values[r]);
    printf("\nsymmetric tables:");
    for (r = 0; r < 6; r++)
        printf(" %d/%d", ann->sigmoid_symmetric_results[r], ann->sigmoid_symmetric_values[r]);
    printf("\n");
    run_grid(ann, path);
    print_errstate("after runs", E(ann));
    snprintf(out, sizeof(out), "%s.resaved", slash ? slash + 1 : path);
    FLUSHED(r = fann_save(ann, out));
    printf("re-save -> %d; re-saved file equals the loaded file: %s\n", r, same_files(out, path));
    if (!compare || strcmp(same_files(out, path), "yes") != 0) {
        first_difference(out, path);
        cat_file(out);
    }
    FLUSHED(r = fann_save_to_fixed(ann, "again.fix"));
    printf("fann_save_to_fixed -> %d; equals fann_save output: %s\n", r, same_files(out, "again.fix"));
    fann_destroy(ann);
}

int main(void)
{
    unsigned int i;
    char path[256];
    static const unsigned int dps[] = { 0, 3, 8, 13, 20, 30 };

    setup_tmpdir();
    printf("variant %s\n", VARIANT);
    load_fixed("files/spec_5_2_fixed.net", 1);
    load_fixed("files/legacy_1_1_fixed.net", 0);
    for (i = 0; i < NCONV; i++) {
        snprintf(path, sizeof(path), "files/conv_%s.fix.net", conv_names[i]);
        load_fixed(path, 1);
    }
    /* 5.2 with other decimal points (weights unchanged) */
    for (i = 0; i < sizeof(dps) / sizeof(dps[0]); i++) {
        char repl[64];
        snprintf(repl, sizeof(repl), "decimal_point=%u\n", dps[i]);
        snprintf(path, sizeof(path), "dp%u.net", dps[i]);
        copy_replace("files/spec_5_2_fixed.net", path, "decimal_point=14\n", repl);
        load_fixed(path, 1);
    }
    /* FANN_FIX_2.1 header is read like 2.0; the re-save says 2.0 */
    copy_replace("files/spec_5_2_fixed.net", "fix21.net", "FANN_FIX_2.0\n", "FANN_FIX_2.1\n");
    load_fixed("fix21.net", 0);
    return 0;
}

#endif
