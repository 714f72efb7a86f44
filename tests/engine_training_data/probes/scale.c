/* Scaling / init_weights / shuffle probe (algorithms.md 13.8, 13.10, 13.11) against Debian FANN 2.2.0. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dlfcn.h>
#ifdef USE_DOUBLE
#include "doublefann.h"
#define FMT "%.17g"
#else
#include "floatfann.h"
#define FMT "%.9g"
#endif
static int allow_srand = 0;
void srand(unsigned s){ if(!allow_srand) return; void(*r)(unsigned)=dlsym(RTLD_NEXT,"srand"); r(s);}
static void myseed(unsigned s){allow_srand=1; srand(s); allow_srand=0;}
static void pa(const char *tag, fann_type *v, unsigned n){
  printf("%s", tag); for(unsigned i=0;i<n;i++) printf(" " FMT, (double)v[i]); printf("\n");
}
static void pf(const char *tag, float *v, unsigned n){
  printf("%s", tag); for(unsigned i=0;i<n;i++) printf(" %.9g", v[i]); printf("\n");
}
int main(void){
  /* 13.10 */
  struct fann *a=fann_create_standard(3,3,2,2);
  struct fann_train_data *d=fann_create_train(4,3,2);
  double in[4][3]={{1,5,7},{2,5,-3},{4,5,0.5},{-2.5,5,10}}, out[4][2]={{0.1,100},{0.2,200},{0.3,300},{0.9,-50}};
  for(int i=0;i<4;i++){ for(int j=0;j<3;j++) d->input[i][j]=in[i][j]; for(int j=0;j<2;j++) d->output[i][j]=out[i][j]; }
  printf("ret %d\n", fann_set_scaling_params(a,d,-1,1,0.1f,0.9f));
  pf("mean_in",a->scale_mean_in,3); pf("dev_in",a->scale_deviation_in,3); pf("factor_in",a->scale_factor_in,3); pf("newmin_in",a->scale_new_min_in,3);
  pf("mean_out",a->scale_mean_out,2); pf("dev_out",a->scale_deviation_out,2); pf("factor_out",a->scale_factor_out,2); pf("newmin_out",a->scale_new_min_out,2);
  fann_scale_train(a,d);
  for(int i=0;i<4;i++){ pa("sin",d->input[i],3); pa("sout",d->output[i],2); }
  fann_descale_train(a,d);
  for(int i=0;i<4;i++){ pa("din",d->input[i],3); pa("dout",d->output[i],2); }
  /* scale_input_train_data on {3,3} */
  struct fann_train_data *c=fann_create_train(2,1,1);
  c->input[0][0]=3; c->input[1][0]=3; c->output[0][0]=1; c->output[1][0]=2;
  fann_scale_input_train_data(c,-1,1); printf("const %g %g\n",(double)c->input[0][0],(double)c->input[1][0]);
  /* plain min-max scaling of the 13.10 data (inputs to [-1,1], outputs to [0,1]) */
  for(int i=0;i<4;i++){ for(int j=0;j<3;j++) d->input[i][j]=in[i][j]; for(int j=0;j<2;j++) d->output[i][j]=out[i][j]; }
  fann_scale_input_train_data(d,-1,1); fann_scale_output_train_data(d,0,1);
  for(int i=0;i<4;i++){ pa("min",d->input[i],3); pa("mout",d->output[i],2); }
  /* 13.8 */
  struct fann *w=fann_create_standard(3,2,3,1);
  struct fann_train_data *wd=fann_create_train(3,2,1);
  double win[3][2]={{-2,0.5},{3,1},{0.25,-1}};
  for(int i=0;i<3;i++){ wd->input[i][0]=win[i][0]; wd->input[i][1]=win[i][1]; wd->output[i][0]=0; }
  myseed(77); fann_init_weights(w,wd); pa("wn",w->weights,13);
  struct fann *s=fann_create_shortcut(3,2,2,1);
  myseed(77); fann_init_weights(s,wd); pa("wn_short",s->weights,s->total_connections);
  /* 13.11 */
  struct fann_train_data *sh=fann_create_train(7,1,1);
  for(int i=0;i<7;i++){ sh->input[i][0]=i; sh->output[i][0]=10*i; }
  myseed(123); fann_shuffle_train_data(sh);
  printf("shuffle"); for(int i=0;i<7;i++) printf(" %g/%g",(double)sh->input[i][0],(double)sh->output[i][0]); printf("\n");
  struct fann_train_data *sub=fann_subset_train_data(sh,2,3);
  struct fann_train_data *m=fann_merge_train_data(sub,sh);
  printf("merge"); for(unsigned i=0;i<m->num_data;i++) printf(" %g",(double)m->input[i][0]); printf("\n");
  return 0;
}
