/*
 * impl_errors.h - error API: errno/errstr, print_error, reset, get_errstr
 * (only NULL-ness of its result is printed: 2.2.0 returns freed memory),
 * error logs (NULL, stdout, default, global default, direct assignment of
 * fann_default_error_log), index errors of the activation accessors,
 * fann_get_layer / fann_get_neuron, fann_create_* with < 2 layers,
 * direct fann_error calls for every code, fann_init_error_data.
 * (Errors on training data: impl_traindata.h.)
 */

#ifdef FIXEDFANN
#define W(x) ((fann_type)((x) * 256.0))
#else
#define W(x) ((fann_type)(x))
#endif

#define E(a) ((struct fann_error *)(a))

static const char *logname(FILE *f)
{
    return f == NULL ? "NULL" : f == (FILE *)-1 ? "default(-1)" : f == stdout ? "stdout" :
           f == stderr ? "stderr" : "other";
}

/* print the state, fann_print_error, then consume it with fann_get_errstr */
static void consume(const char *tag, struct fann_error *e)
{
    char *s;
    print_errstate(tag, e);
    fflush(stdout);
    fann_print_error(e);
    s = fann_get_errstr(e);
    printf("  fann_get_errstr returned %s\n", s == NULL ? "NULL" : "non-NULL");
    print_errstate("  after get_errstr", e);
    fflush(stdout);
    fann_print_error(e);
}

static void index_errors(struct fann *ann, const char *name)
{
    int nl = (int)fann_get_num_layers(ann);
    int n1 = (int)(ann->first_layer[1].last_neuron - ann->first_layer[1].first_neuron);
    int r;
    fann_type st;

    printf("===== index errors %s (num_layers %d, layer 1 size %d)\n", name, nl, n1);
    print_errstate("fresh", E(ann));
    consume("fresh", E(ann));

    r = (int)fann_get_activation_function(ann, 0, 0);
    printf("get_activation_function(0,0) = %d\n", r);
    consume("layer 0", E(ann));

    r = (int)fann_get_activation_function(ann, nl, 0);
    printf("get_activation_function(%d,0) = %d\n", nl, r);
    print_errstate("layer==num_layers", E(ann));

    r = (int)fann_get_activation_function(ann, -1, 0);
    printf("get_activation_function(-1,0) = %d\n", r);
    print_errstate("layer -1", E(ann));

    r = (int)fann_get_activation_function(ann, 1, n1);
    printf("get_activation_function(1,%d) = %d\n", n1, r);
    print_errstate("neuron==size", E(ann));

    r = (int)fann_get_activation_function(ann, 1, 1000);
    printf("get_activation_function(1,1000) = %d\n", r);
    print_errstate("neuron 1000", E(ann));

    r = (int)fann_get_activation_function(ann, 1, n1 - 1);
    printf("get_activation_function(1,%d) = %d (valid: errno kept)\n", n1 - 1, r);
    print_errstate("after valid", E(ann));
    fann_reset_errno(E(ann));
    print_errstate("after reset_errno", E(ann));
    fflush(stdout);
    fann_print_error(E(ann)); /* errno 0: prints nothing */
    fann_reset_errstr(E(ann));
    print_errstate("after reset_errstr", E(ann));

    st = fann_get_activation_steepness(ann, 0, 0);
    printf("get_activation_steepness(0,0) = ");
    pt(st);
    printf("\n");
    print_errstate("steep layer 0", E(ann));
    st = fann_get_activation_steepness(ann, nl, 1);
    printf("get_activation_steepness(%d,1) = ", nl);
    pt(st);
    printf("\n");
    st = fann_get_activation_steepness(ann, 1, n1 + 3);
    printf("get_activation_steepness(1,%d) = ", n1 + 3);
    pt(st);
    printf("\n");
    consume("steep neuron", E(ann));

    fann_set_activation_function(ann, FANN_COS, 0, 0);
    print_errstate("set_activation_function(0,0)", E(ann));
    fann_set_activation_function(ann, FANN_COS, 1, 77);
    print_errstate("set_activation_function(1,77)", E(ann));
    fann_set_activation_function(ann, FANN_COS, nl, 0);
    print_errstate("set_activation_function(nl,0)", E(ann));
    fann_set_activation_function_layer(ann, FANN_SIN, 0);
    print_errstate("set_activation_function_layer(0)", E(ann));
    fann_set_activation_function_layer(ann, FANN_SIN, nl);
    print_errstate("set_activation_function_layer(nl)", E(ann));
    fann_set_activation_steepness(ann, W(2.0), 0, 0);
    print_errstate("set_activation_steepness(0,0)", E(ann));
    fann_set_activation_steepness(ann, W(2.0), 1, 55);
    print_errstate("set_activation_steepness(1,55)", E(ann));
    fann_set_activation_steepness(ann, W(2.0), nl + 4, 0);
    print_errstate("set_activation_steepness(nl+4,0)", E(ann));
    fann_set_activation_steepness_layer(ann, W(2.0), 0);
    print_errstate("set_activation_steepness_layer(0)", E(ann));
    fann_set_activation_steepness_layer(ann, W(2.0), nl);
    print_errstate("set_activation_steepness_layer(nl)", E(ann));
    printf("nothing changed:\n");
    dump_activation_getters(ann);
    consume("after setters", E(ann));

    {
        struct fann_layer *l;
        struct fann_neuron *n;
        l = fann_get_layer(ann, 0);
        printf("fann_get_layer(0) %s\n", l == NULL ? "NULL" : "non-NULL");
        print_errstate("get_layer(0)", E(ann));
        l = fann_get_layer(ann, nl);
        printf("fann_get_layer(nl) %s\n", l == NULL ? "NULL" : "non-NULL");
        print_errstate("get_layer(nl)", E(ann));
        l = fann_get_layer(ann, nl - 1);
        printf("fann_get_layer(nl-1) = first_layer+%ld\n", (long)(l - ann->first_layer));
        n = fann_get_neuron(ann, 1, n1);
        printf("fann_get_neuron(1,%d) %s\n", n1, n == NULL ? "NULL" : "non-NULL");
        print_errstate("get_neuron(1,n1)", E(ann));
        n = fann_get_neuron(ann, 0, 0);
        printf("fann_get_neuron(0,0) %s\n", n == NULL ? "NULL" : "non-NULL");
        print_errstate("get_neuron(0,0)", E(ann));
        n = fann_get_neuron(ann, (unsigned)nl, 0);
        printf("fann_get_neuron(nl,0) %s\n", n == NULL ? "NULL" : "non-NULL");
        n = fann_get_neuron(ann, 1, n1 - 1);
        printf("fann_get_neuron(1,%d) = neuron %ld\n", n1 - 1, neuron_index(ann, n));
        consume("get_layer/get_neuron", E(ann));
    }
}

static void log_tests(struct fann *ann)
{
    printf("===== error logs\n");
    printf("ann->error_log=%s\n", logname(ann->error_log));
    fann_set_error_log(E(ann), NULL);
    printf("ann log NULL: ");
    fann_get_activation_function(ann, 0, 0);
    printf("(silent)\n");
    print_errstate("log NULL", E(ann));
    fflush(stdout);
    fann_print_error(E(ann)); /* still prints to stderr */
    fann_set_error_log(E(ann), stdout);
    printf("ann log stdout: ");
    fann_get_activation_function(ann, 1, 999);
    printf("(after)\n");
    print_errstate("log stdout", E(ann));
    fann_set_error_log(E(ann), (FILE *)-1);
    fann_get_activation_function(ann, 2000, 0);
    print_errstate("log default", E(ann));
    fann_set_error_log(E(ann), stderr);
    fann_get_activation_function(ann, 3000, 0);
    print_errstate("log stderr FILE", E(ann));
    fann_set_error_log(E(ann), (FILE *)-1);

    /* global default log */
    printf("fann_default_error_log is -1: %s\n",
           fann_default_error_log == (FILE *)-1 ? "yes" : "no");
    fann_set_error_log(NULL, stdout);
    printf("global stdout, fann_default_error_log==stdout: %s\n",
           fann_default_error_log == stdout ? "yes" : "no");
    {
        struct fann *a2, *a3;
        printf("create_standard(1, 3): ");
        a2 = fann_create_standard(1, 3);
        printf("-> %s\n", a2 == NULL ? "NULL" : "non-NULL");
        seed_rand(5);
        a2 = fann_create_standard(2, 2, 1);
        printf("net created under global stdout: log=%s\n", logname(a2->error_log));
        fann_get_activation_function(a2, 5, 0);
        a3 = fann_copy(a2);
        printf("copy log=%s\n", logname(a3->error_log));
        fann_set_error_log(NULL, NULL);
        printf("global NULL: create_standard(0): ");
        a3 = fann_create_standard(0);
        printf("-> %s (silent)\n", a3 == NULL ? "NULL" : "non-NULL");
        fann_get_activation_function(a2, 6, 0); /* a2 still logs to stdout */
        seed_rand(6);
        a3 = fann_create_standard(2, 2, 1);
        printf("net created under global NULL: log=%s\n", logname(a3->error_log));
        fann_get_activation_function(a3, 6, 0);
        print_errstate("a3", E(a3));
        fann_destroy(a3);
        fann_destroy(a2);
    }
    fann_set_error_log(NULL, (FILE *)-1);
    printf("global back to default: %s\n", fann_default_error_log == (FILE *)-1 ? "yes" : "no");

    /* direct assignment */
    fann_default_error_log = stdout;
    printf("direct assignment stdout: create_shortcut(1, 4): ");
    {
        struct fann *a4 = fann_create_shortcut(1, 4);
        printf("-> %s\n", a4 == NULL ? "NULL" : "non-NULL");
    }
    fann_default_error_log = NULL;
    {
        struct fann *a4 = fann_create_sparse(0.5f, 1, 4);
        printf("direct assignment NULL: create_sparse(0.5, 1, 4) -> %s\n", a4 == NULL ? "NULL" : "non-NULL");
    }
    fann_default_error_log = (FILE *)-1;
}

static void create_errors(void)
{
    struct fann *a;
    unsigned int layers[3] = { 2, 3, 1 };
    unsigned int mark;
    printf("===== create with < 2 layers\n");
#define TRY(label, expr)                                                          \
    do {                                                                          \
        mark = blocked_srand_calls;                                               \
        fflush(stdout);                                                           \
        a = (expr);                                                               \
        printf("%s -> %s (library srand calls: %u)\n", label,                     \
               a == NULL ? "NULL" : "non-NULL", blocked_srand_calls - mark);      \
    } while (0)
    TRY("create_standard(0)", fann_create_standard(0));
    TRY("create_standard(1, 5)", fann_create_standard(1, 5));
    TRY("create_standard_array(1)", fann_create_standard_array(1, layers));
    TRY("create_sparse(0.5, 1, 5)", fann_create_sparse(0.5f, 1, 5));
    TRY("create_sparse_array(1.0, 0)", fann_create_sparse_array(1.0f, 0, layers));
    TRY("create_shortcut(1, 5)", fann_create_shortcut(1, 5));
    TRY("create_shortcut_array(0)", fann_create_shortcut_array(0, layers));
#undef TRY
    fflush(stdout);
}

static void direct_fann_error(struct fann *ann)
{
    struct fann_error e;
    unsigned int code;

    printf("===== direct fann_error\n");
    fann_error(E(ann), FANN_E_INDEX_OUT_OF_BOUND, 5);
    consume("fann_error(ann, 17, 5)", E(ann));
    fflush(stdout);
    fann_error(NULL, FANN_E_INDEX_OUT_OF_BOUND, 5);
    fann_error(NULL, FANN_E_CANT_OPEN_CONFIG_R, "x.net");
    fann_error(E(ann), FANN_E_CANT_OPEN_CONFIG_R, "x.net");
    print_errstate("fann_error(ann, 1, x.net)", E(ann));
    /* second error reuses / replaces the message */
    fann_error(E(ann), FANN_E_CANT_ALLOCATE_MEM);
    print_errstate("then fann_error(ann, 11)", E(ann));
    consume("consumed", E(ann));

    /* hand made struct fann_error */
    memset(&e, 0x5a, sizeof(e));
    e.errstr = NULL;
    fann_init_error_data(&e);
    print_errstate("init_error_data", &e);
    for (code = 1; code <= 20; code++) {
        fflush(stdout);
        switch (code) {
        case 1: case 2: case 3: case 5: case 6: case 8: case 9:
            fann_error(&e, (enum fann_errno_enum)code, "file.net");
            break;
        case 4:
            fann_error(&e, (enum fann_errno_enum)code, "some_key", "file.net");
            break;
        case 7:
            fann_error(&e, (enum fann_errno_enum)code, 12, 34);
            break;
        case 10:
            fann_error(&e, (enum fann_errno_enum)code, "train.data", 7);
            break;
        case 16:
            fann_error(&e, (enum fann_errno_enum)code, 3, 9, 10);
            break;
        case 17:
            fann_error(&e, (enum fann_errno_enum)code, -4);
            break;
        case 19: case 20:
            fann_error(&e, (enum fann_errno_enum)code, 2, 3);
            break;
        default:
            fann_error(&e, (enum fann_errno_enum)code);
            break;
        }
        printf("code %u: ", code);
        print_errstate("e", &e);
        fann_reset_errstr(&e);
    }
    /* same with the error log of the struct set to stdout */
    fann_set_error_log(&e, stdout);
    fann_error(&e, FANN_E_TRAIN_DATA_SUBSET, 1, 2, 3);
    print_errstate("e(stdout)", &e);
    fann_set_error_log(&e, NULL);
    fann_error(&e, FANN_E_SCALE_NOT_PRESENT);
    print_errstate("e(NULL)", &e);
    consume("e consumed", &e);
    /* init_error_data picks up the current global default */
    fann_set_error_log(NULL, stdout);
    fann_init_error_data(&e);
    print_errstate("init under global stdout", &e);
    fann_set_error_log(NULL, (FILE *)-1);
    fann_init_error_data(&e);
    print_errstate("init under global default", &e);
}

static void cascade_count_zero(struct fann *ann)
{
    enum fann_activationfunc_enum f[1] = { FANN_SIN };
    fann_type s[1] = { W(0.5) };
    printf("===== cascade arrays with count 0\n");
    fflush(stdout);
    fann_set_cascade_activation_functions(ann, f, 0);
    print_errstate("functions count 0", E(ann));
    printf("count=%u array %s\n", fann_get_cascade_activation_functions_count(ann),
           fann_get_cascade_activation_functions(ann) == NULL ? "NULL" : "non-NULL");
    consume("functions", E(ann));
    fann_set_cascade_activation_steepnesses(ann, s, 0);
    print_errstate("steepnesses count 0", E(ann));
    printf("count=%u array %s\n", fann_get_cascade_activation_steepnesses_count(ann),
           fann_get_cascade_activation_steepnesses(ann) == NULL ? "NULL" : "non-NULL");
    printf("num_candidates=%u\n", fann_get_cascade_num_candidates(ann));
    consume("steepnesses", E(ann));
    fann_set_cascade_activation_functions(ann, f, 1);
    fann_set_cascade_activation_steepnesses(ann, s, 1);
    printf("restored: num_candidates=%u\n", fann_get_cascade_num_candidates(ann));
    print_errstate("restored", E(ann));
}

int main(void)
{
    struct fann *ann;

    printf("variant %s: fann_default_error_log == (FILE*)-1: %s\n", VARIANT,
           fann_default_error_log == (FILE *)-1 ? "yes" : "no");
    seed_rand(81);
    ann = fann_create_standard(3, 2, 3, 1);
    index_errors(ann, "std 2-3-1");
    log_tests(ann);
    direct_fann_error(ann);
    cascade_count_zero(ann);
    fann_destroy(ann);

    seed_rand(82);
    ann = fann_create_shortcut(4, 2, 3, 2, 1);
    index_errors(ann, "shortcut 2-3-2-1");
    fann_destroy(ann);

    create_errors();
    return 0;
}
