#include "sms/smsscheduler.h"

namespace sb::sms {
} // namespace sb::sms
