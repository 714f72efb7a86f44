#include <stdio.h>
#if defined(USE_DOUBLE)
#include "doublefann.h"
#elif defined(USE_FIXED)
#include "fixedfann.h"
#else
#include "floatfann.h"
#endif
int main(){
  struct fann*a=fann_create_standard(3,2,3,1);
  printf("== standard 2-3-1\n"); fflush(stdout); fann_print_parameters(a);
  a=fann_create_standard(4,3,5,4,2);
  printf("== standard 3-5-4-2\n"); fflush(stdout); fann_print_parameters(a);
  a=fann_create_shortcut(4,2,3,4,1);
  printf("== shortcut 2-3-4-1\n"); fflush(stdout); fann_print_parameters(a);
  a=fann_create_sparse(0.5,3,4,3,2);
  printf("== sparse 0.5 4-3-2\n"); fflush(stdout); fann_print_parameters(a);
  a=fann_create_sparse(0.3333,3,4,3,2);
  printf("== sparse 0.3333 4-3-2\n"); fflush(stdout); fann_print_parameters(a);
  return 0;
}
