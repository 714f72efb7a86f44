#include <stdio.h>
#include "fixedfann.h"
static void p(struct fann*a){ printf("dp %u mult %u\n",a->decimal_point,a->multiplier);
 int*t[4]={a->sigmoid_results,a->sigmoid_values,a->sigmoid_symmetric_results,a->sigmoid_symmetric_values};
 for(int k=0;k<4;k++){ for(int i=0;i<6;i++) printf("%d, ",t[k][i]); printf("\n");} }
int main(){ p(fann_create_standard(3,2,3,1)); p(fann_create_from_file("/tmp/hb/exd_fixed.net"));
 system("sed 's/^decimal_point=14/decimal_point=12/' /tmp/hb/exd_fixed.net > /tmp/hb/dp12.net");
 p(fann_create_from_file("/tmp/hb/dp12.net")); return 0;}
