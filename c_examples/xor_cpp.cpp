// XOR with the C++ wrapper (fann_cpp.h): FANN::neural_net and FANN::training_data, a training
// callback printing progress, testing, and saving as xor_cpp_float.net.
#include "floatfann.h"
#include "fann_cpp.h"

#include <cmath>
#include <cstdlib>
#include <iomanip>
#include <iostream>
#include <string>

namespace {

int print_progress(FANN::neural_net &net, FANN::training_data &train, unsigned int max_epochs,
                   unsigned int epochs_between_reports, float desired_error, unsigned int epochs,
                   void *user_data)
{
    (void)train;
    (void)epochs_between_reports;
    (void)desired_error;
    (void)user_data;
    std::cout << "Epochs " << std::setw(6) << epochs << " of " << max_epochs
              << ". Current error: " << std::fixed << std::setprecision(6) << net.get_MSE()
              << ". Bit fail " << net.get_bit_fail() << '.' << std::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        std::cerr << "usage: " << argv[0] << " DATADIR [WORKDIR]" << std::endl;
        return 2;
    }
    const std::string data_dir = argv[1];
    const std::string work_dir = argc == 3 ? argv[2] : ".";

    FANN::training_data data;
    if (!data.read_train_from_file(data_dir + "/xor.data"))
        return 1;

    FANN::neural_net net;
    if (!net.create_standard(3, data.num_input_train_data(), 3, data.num_output_train_data()))
        return 1;
    net.set_learning_rate(0.7f);
    net.set_activation_steepness_hidden(1.0);
    net.set_activation_steepness_output(1.0);
    net.set_activation_function_hidden(FANN::SIGMOID_SYMMETRIC_STEPWISE);
    net.set_activation_function_output(FANN::SIGMOID_SYMMETRIC_STEPWISE);
    net.set_train_stop_function(FANN::STOPFUNC_BIT);
    net.set_bit_fail_limit(0.01f);

    const char *seed = std::getenv("EXAMPLE_SEED");
    std::srand(seed != NULL && *seed != '\0' ? static_cast<unsigned int>(std::strtoul(seed, NULL, 10)) : 1u);
    net.init_weights(data);

    std::cout << "Network: " << net.get_num_input() << " inputs, " << net.get_num_output()
              << " outputs, " << net.get_total_neurons() << " neurons, "
              << net.get_total_connections() << " connections" << std::endl;

    net.set_callback(print_progress, NULL);
    net.train_on_data(data, 1000, 100, 0.0f);

    unsigned int failures = 0;
    for (unsigned int i = 0; i < data.length_train_data(); ++i) {
        fann_type *out = net.run(data.get_input()[i]);
        double want = data.get_output()[i][0];
        double diff = std::fabs(out[0] - want);
        std::cout << "xor(" << data.get_input()[i][0] << ", " << data.get_input()[i][1]
                  << ") -> " << out[0] << ", should be " << want << ", difference " << diff
                  << std::endl;
        if (diff > 0.2)
            ++failures;
    }
    float mse = net.test_data(data);

    if (!net.save(work_dir + "/xor_cpp_float.net")) {
        std::cerr << net.get_errstr();
        return 1;
    }
    std::cout << "RESULT xor_cpp mse=" << std::setprecision(6) << mse
              << " bit_fail=" << net.get_bit_fail() << " failures=" << failures << std::endl;
    return failures == 0 ? 0 : 1;
}
