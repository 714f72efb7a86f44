/* fann_disable_seed_rand / fann_enable_seed_rand (upstream additions, absent from Debian's
 * 2.2.0): with reseeding disabled, srand() before creation makes the weights reproducible
 * and equal to srand() + fann_randomize_weights(-0.1, 0.1); FANN_SEED_RAND follows. The
 * expected first weight and next rand() were computed with plain glibc rand() (37 draws). */
#include <stdio.h>
#include <string.h>
#include "fann.h"

extern int FANN_SEED_RAND;

static int same_weights(struct fann *a, struct fann *b)
{
    unsigned int n = fann_get_total_connections(a);
    return n == fann_get_total_connections(b) &&
           memcmp(a->weights, b->weights, n * sizeof(fann_type)) == 0;
}

int main(void)
{
    struct fann *a, *b, *c;
    printf("FANN_SEED_RAND default %d\n", FANN_SEED_RAND);
    fann_disable_seed_rand();
    printf("after disable %d\n", FANN_SEED_RAND);
    srand(5);
    a = fann_create_standard(3, 4, 5, 2);
    srand(5);
    b = fann_create_sparse(1.0f, 3, 4, 5, 2);
    printf("disabled: same seed gives same weights: %d\n", same_weights(a, b));
    srand(5);
    fann_randomize_weights(b, -0.1f, 0.1f);
    printf("disabled: creation draws equal randomize(-0.1, 0.1): %d\n", same_weights(a, b));
    printf("first weight %.9g, next rand %d\n", (double)a->weights[0], rand());
    fann_enable_seed_rand();
    printf("after enable %d\n", FANN_SEED_RAND);
    srand(5);
    c = fann_create_standard(3, 4, 5, 2);
    printf("enabled: same seed gives same weights: %d\n", same_weights(a, c));
    fann_destroy(a);
    fann_destroy(b);
    fann_destroy(c);
    return 0;
}
