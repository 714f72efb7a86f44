//! FANN's error codes and message texts.

use std::fmt;

/// An error as FANN reports it: a code of `enum fann_errno_enum` and its message arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FannError {
    CantOpenConfigR(String),
    CantOpenConfigW(String),
    WrongConfigVersion(String),
    /// (key, file)
    CantReadConfig(String, String),
    CantReadNeuron(String),
    CantReadConnections(String),
    WrongNumConnections(i32, i32),
    CantOpenTdW(String),
    CantOpenTdR(String),
    /// (file, line)
    CantReadTd(String, i32),
    CantAllocateMem,
    CantTrainActivation,
    CantUseActivation,
    TrainDataMismatch,
    CantUseTrainAlg,
    /// (pos, length, total)
    TrainDataSubset(i32, i32, i32),
    IndexOutOfBound(i32),
    ScaleNotPresent,
    /// (ann, data)
    InputNoMatch(i32, i32),
    OutputNoMatch(i32, i32),
    WrongParametersForCreate,
}

impl FannError {
    /// The `fann_errno_enum` value.
    pub fn code(&self) -> u32 {
        use FannError::*;
        match self {
            CantOpenConfigR(_) => 1,
            CantOpenConfigW(_) => 2,
            WrongConfigVersion(_) => 3,
            CantReadConfig(..) => 4,
            CantReadNeuron(_) => 5,
            CantReadConnections(_) => 6,
            WrongNumConnections(..) => 7,
            CantOpenTdW(_) => 8,
            CantOpenTdR(_) => 9,
            CantReadTd(..) => 10,
            CantAllocateMem => 11,
            CantTrainActivation => 12,
            CantUseActivation => 13,
            TrainDataMismatch => 14,
            CantUseTrainAlg => 15,
            TrainDataSubset(..) => 16,
            IndexOutOfBound(_) => 17,
            ScaleNotPresent => 18,
            InputNoMatch(..) => 19,
            OutputNoMatch(..) => 20,
            WrongParametersForCreate => 21,
        }
    }
}

/// The printf format FANN uses for each error code (`None` for codes without a message).
pub fn message_format(code: u32) -> Option<&'static str> {
    Some(match code {
        1 => "Unable to open configuration file \"%s\" for reading.\n",
        2 => "Unable to open configuration file \"%s\" for writing.\n",
        3 => "Wrong version of configuration file, aborting read of configuration file \"%s\".\n",
        4 => "Error reading \"%s\" from configuration file \"%s\".\n",
        5 => "Error reading neuron info from configuration file \"%s\".\n",
        6 => "Error reading connections from configuration file \"%s\".\n",
        7 => "ERROR connections_so_far=%d, total_connections=%d\n",
        8 => "Unable to open train data file \"%s\" for writing.\n",
        9 => "Unable to open train data file \"%s\" for writing.\n",
        10 => "Error reading info from train data file \"%s\", line: %d.\n",
        11 => "Unable to allocate memory.\n",
        12 => "Unable to train with the selected activation function.\n",
        13 => "Unable to use the selected activation function.\n",
        14 => "Training data must be of equivalent structure.\n",
        15 => "Unable to use the selected training algorithm.\n",
        16 => "Subset from %d of length %d not valid in training set of length %d.\n",
        17 => "Index %d is out of bound.\n",
        18 => "Scaling parameters not present.\n",
        19 => "The number of input neurons in the ann (%d) and data (%d) don't match\n",
        20 => "The number of output neurons in the ann (%d) and data (%d) don't match\n",
        21 => "The parameters for create_standard are wrong, either too few parameters provided or a negative/very high value provided.\n",
        _ => return None,
    })
}

// FANN's messages end in a newline; they are reproduced byte for byte.
#[allow(clippy::write_with_newline)]
impl fmt::Display for FannError {
    /// The message text exactly as FANN formats it (ending in a newline).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use FannError::*;
        match self {
            CantOpenConfigR(p) => {
                write!(f, "Unable to open configuration file \"{p}\" for reading.\n")
            }
            CantOpenConfigW(p) => {
                write!(f, "Unable to open configuration file \"{p}\" for writing.\n")
            }
            WrongConfigVersion(p) => write!(
                f,
                "Wrong version of configuration file, aborting read of configuration file \"{p}\".\n"
            ),
            CantReadConfig(k, p) => {
                write!(f, "Error reading \"{k}\" from configuration file \"{p}\".\n")
            }
            CantReadNeuron(p) => {
                write!(f, "Error reading neuron info from configuration file \"{p}\".\n")
            }
            CantReadConnections(p) => {
                write!(f, "Error reading connections from configuration file \"{p}\".\n")
            }
            WrongNumConnections(a, b) => {
                write!(f, "ERROR connections_so_far={a}, total_connections={b}\n")
            }
            CantOpenTdW(p) | CantOpenTdR(p) => {
                write!(f, "Unable to open train data file \"{p}\" for writing.\n")
            }
            CantReadTd(p, line) => write!(
                f,
                "Error reading info from train data file \"{p}\", line: {line}.\n"
            ),
            TrainDataSubset(pos, len, total) => write!(
                f,
                "Subset from {pos} of length {len} not valid in training set of length {total}.\n"
            ),
            IndexOutOfBound(i) => write!(f, "Index {i} is out of bound.\n"),
            InputNoMatch(a, d) => write!(
                f,
                "The number of input neurons in the ann ({a}) and data ({d}) don't match\n"
            ),
            OutputNoMatch(a, d) => write!(
                f,
                "The number of output neurons in the ann ({a}) and data ({d}) don't match\n"
            ),
            other => f.write_str(message_format(other.code()).unwrap_or("")),
        }
    }
}

impl std::error::Error for FannError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages() {
        assert_eq!(
            FannError::IndexOutOfBound(0).to_string(),
            "Index 0 is out of bound.\n"
        );
        assert_eq!(FannError::CantAllocateMem.code(), 11);
        assert_eq!(
            FannError::CantOpenConfigR("/x".into()).to_string(),
            "Unable to open configuration file \"/x\" for reading.\n"
        );
    }
}
