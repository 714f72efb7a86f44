/* Prints the size and every field offset of FANN's public structs, as the compiler sees
 * them through the headers in the include path. VARIANT selects the type header. */
#include <stddef.h>
#include <stdio.h>
#if defined(VARIANT_DOUBLE)
#include <doublefann.h>
#elif defined(VARIANT_FIXED)
#include <fixedfann.h>
#else
#include <floatfann.h>
#endif

#define SIZE(s) printf("sizeof %s %u\n", #s, (unsigned)sizeof(struct s))
#define OFF(s, f) printf("%s.%s %u\n", #s, #f, (unsigned)offsetof(struct s, f))

int main(void)
{
    SIZE(fann_error);
    OFF(fann_error, errno_f); OFF(fann_error, error_log); OFF(fann_error, errstr);
    SIZE(fann_train_data);
    OFF(fann_train_data, errno_f); OFF(fann_train_data, error_log); OFF(fann_train_data, errstr);
    OFF(fann_train_data, num_data); OFF(fann_train_data, num_input); OFF(fann_train_data, num_output);
    OFF(fann_train_data, input); OFF(fann_train_data, output);
    SIZE(fann_connection);
    OFF(fann_connection, from_neuron); OFF(fann_connection, to_neuron); OFF(fann_connection, weight);
    SIZE(fann_neuron);
    OFF(fann_neuron, first_con); OFF(fann_neuron, last_con); OFF(fann_neuron, sum);
    OFF(fann_neuron, value); OFF(fann_neuron, activation_steepness); OFF(fann_neuron, activation_function);
    SIZE(fann_layer);
    OFF(fann_layer, first_neuron); OFF(fann_layer, last_neuron);
    SIZE(fann);
    OFF(fann, errno_f); OFF(fann, error_log); OFF(fann, errstr); OFF(fann, learning_rate);
    OFF(fann, learning_momentum); OFF(fann, connection_rate); OFF(fann, network_type);
    OFF(fann, first_layer); OFF(fann, last_layer); OFF(fann, total_neurons); OFF(fann, num_input);
    OFF(fann, num_output); OFF(fann, weights); OFF(fann, connections); OFF(fann, train_errors);
    OFF(fann, training_algorithm);
#ifdef FIXEDFANN
    OFF(fann, decimal_point); OFF(fann, multiplier); OFF(fann, sigmoid_results);
    OFF(fann, sigmoid_values); OFF(fann, sigmoid_symmetric_results); OFF(fann, sigmoid_symmetric_values);
#endif
    OFF(fann, total_connections); OFF(fann, output); OFF(fann, num_MSE); OFF(fann, MSE_value);
    OFF(fann, num_bit_fail); OFF(fann, bit_fail_limit); OFF(fann, train_error_function);
    OFF(fann, train_stop_function); OFF(fann, callback); OFF(fann, user_data);
    OFF(fann, cascade_output_change_fraction); OFF(fann, cascade_output_stagnation_epochs);
    OFF(fann, cascade_candidate_change_fraction); OFF(fann, cascade_candidate_stagnation_epochs);
    OFF(fann, cascade_best_candidate); OFF(fann, cascade_candidate_limit);
    OFF(fann, cascade_weight_multiplier); OFF(fann, cascade_max_out_epochs);
    OFF(fann, cascade_max_cand_epochs); OFF(fann, cascade_min_out_epochs);
    OFF(fann, cascade_min_cand_epochs); OFF(fann, cascade_activation_functions);
    OFF(fann, cascade_activation_functions_count); OFF(fann, cascade_activation_steepnesses);
    OFF(fann, cascade_activation_steepnesses_count); OFF(fann, cascade_num_candidate_groups);
    OFF(fann, cascade_candidate_scores); OFF(fann, total_neurons_allocated);
    OFF(fann, total_connections_allocated); OFF(fann, quickprop_decay); OFF(fann, quickprop_mu);
    OFF(fann, rprop_increase_factor); OFF(fann, rprop_decrease_factor); OFF(fann, rprop_delta_min);
    OFF(fann, rprop_delta_max); OFF(fann, rprop_delta_zero); OFF(fann, sarprop_weight_decay_shift);
    OFF(fann, sarprop_step_error_threshold_factor); OFF(fann, sarprop_step_error_shift);
    OFF(fann, sarprop_temperature); OFF(fann, sarprop_epoch); OFF(fann, train_slopes);
    OFF(fann, prev_steps); OFF(fann, prev_train_slopes); OFF(fann, prev_weights_deltas);
#ifndef FIXEDFANN
    OFF(fann, scale_mean_in); OFF(fann, scale_deviation_in); OFF(fann, scale_new_min_in);
    OFF(fann, scale_factor_in); OFF(fann, scale_mean_out); OFF(fann, scale_deviation_out);
    OFF(fann, scale_new_min_out); OFF(fann, scale_factor_out);
#endif
    return 0;
}
