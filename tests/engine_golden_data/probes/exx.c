#include <stdio.h>
#include "fixedfann.h"
int main(int c,char**v){ struct fann*a=fann_create_from_file(v[1]); fann_type in[2]={16384,-16384}; fann_type*o=fann_run(a,in); printf("run %d dp %d\n",o[0],fann_get_decimal_point(a)); fflush(stdout); fann_print_connections(a);
 for(unsigned i=0;i<a->total_connections;i++) printf("%d ",a->weights[i]); printf("\n");
 int big[13]={-30*16384,-25*16384-8000,-25*16384-9000,-3*16384-8192,-2*16384-8192,-16384-8192,-8192,8191,8192,16384+8192,24*16384+9830,25*16384+8192,100*16384};
 for(int i=0;i<13;i++) a->weights[i]=big[i];
 fflush(stdout); fann_print_connections(a);
 fann_print_parameters(a);
 return 0;}
