#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dlfcn.h>
#include <stdint.h>
#if defined(USE_DOUBLE)
#include "doublefann.h"
#define PW(w) do{ double w_=(w); uint64_t b_; memcpy(&b_,&w_,8); printf("%016llx",(unsigned long long)b_);}while(0)
#elif defined(USE_FIXED)
#include "fixedfann.h"
#define PW(w) printf("%d", (int)(w))
#else
#include "floatfann.h"
#define PW(w) do{ float w_=(w); uint32_t b_; memcpy(&b_,&w_,4); printf("%08x",b_);}while(0)
#endif
static int allow_srand=0; static long nrand=0;
void srand(unsigned s){ if(!allow_srand) return; void(*r)(unsigned)=dlsym(RTLD_NEXT,"srand"); r(s);}
int rand(void){ static int(*r)(void); if(!r) r=dlsym(RTLD_NEXT,"rand"); nrand++; return r();}
static void myseed(unsigned s){allow_srand=1; srand(s); allow_srand=0; nrand=0;}
static void dump(const char*name, struct fann*ann){
  printf("== %s\n", name);
  printf("rand_calls %ld\n", nrand);
  printf("total_neurons %u total_connections %u num_layers %u conn_rate %08x type %d\n", fann_get_total_neurons(ann), fann_get_total_connections(ann), fann_get_num_layers(ann), ({float r_=fann_get_connection_rate(ann); uint32_t b_; memcpy(&b_,&r_,4); b_;}), fann_get_network_type(ann));
  unsigned L=fann_get_num_layers(ann); unsigned la[16], ba[16]; fann_get_layer_array(ann,la); fann_get_bias_array(ann,ba);
  printf("layer_array"); for(unsigned i=0;i<L;i++) printf(" %u",la[i]); printf("\nbias_array"); for(unsigned i=0;i<L;i++) printf(" %u",ba[i]); printf("\n");
  printf("layers");
  for(struct fann_layer*l=ann->first_layer;l!=ann->last_layer;l++) printf(" [%ld,%ld)", (long)(l->first_neuron-ann->first_layer->first_neuron),(long)(l->last_neuron-ann->first_layer->first_neuron));
  printf("\n");
  struct fann_neuron*n0=ann->first_layer->first_neuron;
  for(struct fann_neuron*n=n0;n!=(ann->last_layer-1)->last_neuron;n++){
    printf("n%ld [%u,%u) f=%d s=", (long)(n-n0), n->first_con, n->last_con, n->activation_function); PW(n->activation_steepness); printf(" :");
    for(unsigned c=n->first_con;c<n->last_con;c++){ printf(" %ld:", (long)(ann->connections[c]-n0)); PW(ann->weights[c]); }
    printf("\n");
  }
  fann_print_connections(ann);

  {
    for(unsigned i=0;i<ann->total_connections;i++){
#ifdef USE_FIXED
      ann->weights[i]=(((int)((i*37)%101))-50)*5;
#else
      ann->weights[i]=(fann_type)((((int)((i*37)%101))-50)/50.0);
#endif
    }
    fann_set_activation_function_hidden(ann,FANN_SIGMOID_SYMMETRIC);
    fann_set_activation_function_output(ann,FANN_SIGMOID);
    fann_type in[16];
    for(unsigned i=0;i<fann_get_num_input(ann);i++){
#ifdef USE_FIXED
      in[i]=(i%2?-1:1)*64*(int)(i+1);
#else
      in[i]=(fann_type)((i%2?-1:1)*0.3*(i+1));
#endif
    }
    fann_type*o=fann_run(ann,in);
    printf("run");
    for(unsigned k=0;k<fann_get_num_output(ann);k++){
      printf(" "); PW(o[k]);
    }
    printf("\n");
  }
  fflush(stdout);
}
int main(){
  struct fann*a;
  myseed(1); a=fann_create_standard(3,2,3,1); dump("standard 2-3-1 seed1",a);
  myseed(1); fann_randomize_weights(a,-0.1,0.1); dump("randomize seed1 -0.1 0.1",a);
  myseed(1); fann_randomize_weights(a,-1,1.5); dump("randomize seed1 -1 1.5",a);
  myseed(7); fann_randomize_weights(a,-1,1); dump("randomize seed7 -1 1",a);
  myseed(5); a=fann_create_standard(4,3,2,2,2); dump("standard 3-2-2-2 seed5",a);
  myseed(1); a=fann_create_shortcut(3,2,3,1); dump("shortcut 2-3-1 seed1",a);
  myseed(9); a=fann_create_shortcut(4,2,2,3,2); dump("shortcut 2-2-3-2 seed9",a);
  myseed(3); a=fann_create_sparse(0.5,3,4,3,2); dump("sparse 0.5 4-3-2 seed3 (spec 13.6)",a);
  myseed(3); a=fann_create_sparse(0.5,4,3,4,3,2); dump("sparse 0.5 3-4-3-2 seed3",a);
  myseed(11); a=fann_create_sparse(0.3,3,5,7,4); dump("sparse 0.3 5-7-4 seed11",a);
  myseed(2); a=fann_create_sparse(0.0,3,4,2,3); dump("sparse 0.0 4-2-3 seed2",a);
  myseed(4); a=fann_create_sparse(2.0,3,2,3,1); dump("sparse 2.0 2-3-1 seed4",a);
  myseed(6); a=fann_create_sparse(0.75,3,6,6,1); dump("sparse 0.75 6-6-1 seed6",a);
  return 0;
}
