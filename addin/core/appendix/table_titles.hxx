// table_titles: the reporting unit and period named in the title rows above an
// appendix table ("(Kèm theo Báo cáo ... của UBND huyện Ngân Sơn)", "quý I năm 2023").
#pragma once

#include <string>
#include <vector>

namespace parcalc
{

// "UBND huyện Ngân Sơn", or "" when no title names a unit.
std::string unitFromTitles(const std::vector<std::string>& titles);
// "quý I năm 2023", "6 tháng năm 2023", "năm 2023", or "" when no title names a period.
std::string periodFromTitles(const std::vector<std::string>& titles);

} // namespace parcalc
