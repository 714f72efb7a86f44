/*
 * impl_traindata.h - fann_test / fann_test_data / MSE / bit fail and the
 * errors raised on struct fann_train_data (subset, merge).  Kept apart
 * from the other programs because it needs the training-data functions.
 */

#ifdef FIXEDFANN
#define W(x) ((fann_type)((x) * 256.0))
#else
#define W(x) ((fann_type)(x))
#endif

#define E(a) ((struct fann_error *)(a))

static void test_mse(struct fann *ann, const char *name)
{
    fann_type in[8], want[8], *out;
    unsigned int k, i, ni = fann_get_num_input(ann), no = fann_get_num_output(ann);
    struct fann_train_data *d;

    printf("===== test/MSE %s\n", name);
    lcg_seed(99);
    for (k = 0; k < 5; k++) {
        for (i = 0; i < ni; i++)
            in[i] = W(lcg_range(-1.0, 1.0));
        for (i = 0; i < no; i++)
            want[i] = W(lcg_range(-1.0, 1.0));
        out = fann_test(ann, in, want);
        print_vec(" test out", out, no);
        printf(" MSE=");
        pf32(fann_get_MSE(ann));
        printf(" bit_fail=%u num_MSE=%u MSE_value=", fann_get_bit_fail(ann), ann->num_MSE);
        pf32(ann->MSE_value);
        printf("\n");
    }
    fann_reset_MSE(ann);
    printf(" after reset MSE=");
    pf32(fann_get_MSE(ann));
    printf(" bit_fail=%u\n", fann_get_bit_fail(ann));
    d = fann_create_train(7, ni, no);
    printf(" create_train: len %u in %u out %u\n", fann_length_train_data(d),
           fann_num_input_train_data(d), fann_num_output_train_data(d));
    print_errstate(" train", E(d));
    for (k = 0; k < 7; k++) {
        for (i = 0; i < ni; i++)
            d->input[k][i] = W(lcg_range(-1.0, 1.0));
        for (i = 0; i < no; i++)
            d->output[k][i] = W(lcg_range(-1.0, 1.0));
    }
    printf(" test_data=");
    pf32(fann_test_data(ann, d));
    printf(" bit_fail=%u\n", fann_get_bit_fail(ann));
    fann_set_bit_fail_limit(ann, W(0.01));
    printf(" test_data(limit .01)=");
    pf32(fann_test_data(ann, d));
    printf(" bit_fail=%u\n", fann_get_bit_fail(ann));
    fann_destroy_train(d);
}

static void train_data_errors(void)
{
    struct fann_train_data *a = fann_create_train(4, 2, 1), *b = fann_create_train(3, 3, 1), *r;
    printf("===== train data errors\n");
    print_errstate("train a", E(a));
    fflush(stdout);
    r = fann_subset_train_data(a, 2, 5);
    printf("subset(2,5) -> %s\n", r == NULL ? "NULL" : "non-NULL");
    print_errstate("train a", E(a));
    fflush(stdout);
    r = fann_subset_train_data(a, 5, 0);
    printf("subset(5,0) -> %s\n", r == NULL ? "NULL" : "non-NULL");
    print_errstate("train a", E(a));
    r = fann_subset_train_data(a, 4, 0);
    printf("subset(4,0) -> %s len %u\n", r == NULL ? "NULL" : "non-NULL",
           r ? fann_length_train_data(r) : 0);
    if (r)
        fann_destroy_train(r);
    fflush(stdout);
    r = fann_merge_train_data(a, b);
    printf("merge mismatch -> %s\n", r == NULL ? "NULL" : "non-NULL");
    print_errstate("train a", E(a));
    print_errstate("train b", E(b));
    {
        char *s;
        fflush(stdout);
        fann_print_error(E(a));
        s = fann_get_errstr(E(a));
        printf("fann_get_errstr(train a) returned %s\n", s == NULL ? "NULL" : "non-NULL");
        print_errstate("train a", E(a));
    }
    fann_set_error_log(E(b), stdout);
    r = fann_merge_train_data(b, a);
    printf("merge mismatch (b log stdout) -> %s\n", r == NULL ? "NULL" : "non-NULL");
    print_errstate("train b", E(b));
    fann_reset_errstr(E(b));
    fann_destroy_train(a);
    fann_destroy_train(b);
}

int main(void)
{
    struct fann *ann;

    seed_rand(72);
    ann = fann_create_sparse(0.5f, 4, 3, 5, 4, 2);
    test_mse(ann, "sparse 3-5-4-2");
    fann_destroy(ann);

    seed_rand(73);
    ann = fann_create_shortcut(3, 3, 2, 2);
    fann_set_activation_function_output(ann, FANN_LINEAR_PIECE_SYMMETRIC);
    test_mse(ann, "shortcut 3-2-2");
    fann_destroy(ann);

    seed_rand(74);
    ann = fann_create_standard(4, 3, 4, 3, 2);
    fann_set_activation_function_output(ann, FANN_SIGMOID_SYMMETRIC);
    test_mse(ann, "std 3-4-3-2");
    fann_destroy(ann);

    train_data_errors();
    return 0;
}
