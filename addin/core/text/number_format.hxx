// number_format: decimals a double shows, rounding/truncating to them, and
// Vietnamese display ("136.284", "2,3", "25 %") for findings and reports.
#pragma once

#include <string>

namespace parcalc
{

// Decimals of the shortest decimal form of `value` with at most `maxDecimals` digits after
// the point: 0.25 -> 2, 0.1 + 0.2 -> 1, 1.0 / 3 -> 10.
int shownDecimals(double value, int maxDecimals = 10);

double roundTo(double value, int decimals);
double truncateTo(double value, int decimals);

// Vietnamese number text: '.' groups thousands, ',' is the decimal separator; exactly
// `decimals` digits after it: formatVn(136284, 0) = "136.284", formatVn(2.3, 2) = "2,30".
std::string formatVn(double value, int decimals);
// Up to `maxDecimals` digits, trailing zeros dropped: 2.30031 -> "2,3" (1), 34 -> "34".
std::string formatVnShort(double value, int maxDecimals = 2);
// A percentage in percent points: "25 %", "2,3 %".
std::string formatVnPercent(double percentPoints, int maxDecimals = 2);

// A spreadsheet date serial (days since 1899-12-30, as Calc and Excel store dates) as a
// Vietnamese reader writes it: 45078 -> "01/06/2023"; a time part is dropped.
std::string formatSerialDate(double serial);

// STT as people read a number typed in the STT column: 1 -> "1", 1.1 -> "1.1" (C locale).
std::string plainNumberText(double value);

} // namespace parcalc
