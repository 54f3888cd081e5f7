// Tests for evidence_check: which sub-criteria lack the evidence a rule set asks for, which
// named files are not next to the sheet, and what is not a file (document numbers, links).
#include "core/self_assessment/evidence_check.hxx"

#include "core/findings/finding_messages.hxx"
#include "core/ruleset/scoring_rules.hxx"
#include "core/self_assessment/self_assessment.hxx"
#include "core/testing/grid_tsv.hxx"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace parcalc
{
namespace
{

// Kon Rẫy 2023 field 6 (seed 002) with an evidence column as the template has it (E).
CellGrid field6(const std::string& evidence611, const std::string& evidence612,
                const std::string& evidence631)
{
    TsvOptions options;
    options.typedColumns = {2, 3};
    return readTsvGrid(
        "#sheet: Tự đánh giá\nBẢNG TỰ ĐÁNH GIÁ NĂM 2023\n\n"
        "STT\tLĩnh vực, tiêu chí\tĐiểm tối đa\tĐiểm tự đánh giá\tTài liệu kiểm chứng\n"
        "6\tCải cách tài chính công\t4\t2.09\n"
        "6.1\tQuản lý, sử dụng vốn đầu tư công\t3\t2.09\n"
        "6.1.1\tGiải ngân kế hoạch vốn đầu tư công\t2\t1.09\t" +
            evidence611 +
            "\n"
            "6.1.2\tKiến nghị thanh tra, kiểm toán\t1\t1\t" +
            evidence612 +
            "\n"
            "6.3\tTiết kiệm chi tại ĐVSNCL\t1\t0\n"
            "6.3.1\tTỷ lệ ĐVSNCL tiết kiệm chi ≥ 50 %\t1\t0\t" +
            evidence631 + "\n",
        options);
}

// A scoring tree 6 > 6.1 > {6.1.1, 6.1.2}, 6 > 6.3 > 6.3.1; `marked` gets "evidence".
ScoringRules tree(const std::string& marked)
{
    ScoringRules rules;
    auto add = [&](std::string id, std::optional<std::size_t> parent)
    {
        ScoringNode node;
        node.id = std::move(id);
        node.parent = parent;
        node.level = !parent                       ? ScoringLevel::Field
                     : rules.nodes[*parent].parent ? ScoringLevel::SubCriterion
                                                   : ScoringLevel::Criterion;
        if (parent)
            rules.nodes[*parent].children.push_back(rules.nodes.size());
        node.evidence = node.id == marked;
        rules.nodes.push_back(node);
        return rules.nodes.size() - 1;
    };
    const std::size_t f6 = add("6", std::nullopt);
    const std::size_t c61 = add("6.1", f6);
    add("6.1.1", c61);
    add("6.1.2", c61);
    const std::size_t c63 = add("6.3", f6);
    add("6.3.1", c63);
    return rules;
}

std::vector<std::string> codesAndCells(const SelfAssessmentCheck& check)
{
    std::vector<std::string> out;
    for (const Finding& f : check.findings)
        if (f.code == FindingCode::EvidenceMissing || f.code == FindingCode::EvidenceFileNotFound)
            out.push_back(std::string(findingCodeName(f.code)) + " " + f.row + " " + f.cell + " " +
                          f.actual);
    return out;
}

TEST(EvidenceRules, AMarkIsInheritedByEverythingBelowIt)
{
    // Only what is scored (the leaves) names evidence.
    const EvidenceRules rules = evidenceRules(tree("6.1"), "");
    EXPECT_EQ(rules.required, (std::set<std::string>{"6.1.1", "6.1.2"}));
    EXPECT_EQ(evidenceRules(tree("6"), "").required,
              (std::set<std::string>{"6.1.1", "6.1.2", "6.3.1"}));
    EXPECT_EQ(evidenceRules(tree("6.3.1"), "").required, (std::set<std::string>{"6.3.1"}));
    EXPECT_TRUE(evidenceRules(tree("none"), "").required.empty());
}

TEST(EvidenceCheck, AScoredSubCriterionWithoutEvidenceIsNamed)
{
    // 6.1.1 scored 1,09 with no evidence; 6.1.2 has a document number; 6.3.1 scored 0
    // needs none. Row 6.1 is not a leaf: its evidence is its sub-criteria's.
    const SelfAssessmentCheck check = checkSelfAssessment(
        field6("", "Kết luận thanh tra số 12/KL-TTr", ""), evidenceRules(tree("6"), ""));
    EXPECT_EQ(codesAndCells(check), (std::vector<std::string>{"evidence-missing 6.1.1 E6 1,09"}));
    const Finding& f = check.findings.back();
    EXPECT_EQ(f.severity, Severity::Warning);
    EXPECT_NE(f.message.find("tài liệu kiểm chứng"), std::string::npos) << f.message;
    EXPECT_NE(f.messageEn.find("no evidence"), std::string::npos) << f.messageEn;
}

TEST(EvidenceCheck, NothingIsAskedWhereTheRuleSetMarksNothing)
{
    const SelfAssessmentCheck check =
        checkSelfAssessment(field6("", "", ""), evidenceRules(tree("6.3"), ""));
    EXPECT_TRUE(codesAndCells(check).empty()); // 6.3.1 is scored 0
    EXPECT_TRUE(codesAndCells(checkSelfAssessment(field6("", "", ""))).empty());
}

TEST(EvidenceCheck, NamedFilesMustBeBesideTheSheet)
{
    const std::filesystem::path folder =
        std::filesystem::temp_directory_path() / "parcalc-evidence-test";
    std::filesystem::create_directories(folder);
    std::ofstream(folder / "Báo cáo giải ngân.pdf") << "%PDF-1.4";
    const std::string here = (folder / "Báo cáo giải ngân.pdf").string();

    const SelfAssessmentCheck check = checkSelfAssessment(
        field6("Báo cáo giải ngân.pdf; QĐ 15.docx", "file://" + here + "; https://x.gov.vn/a.pdf",
               "file:///khong/co/tep%20nay.xlsx"),
        evidenceRules(tree("none"), folder.string()));
    EXPECT_EQ(codesAndCells(check),
              (std::vector<std::string>{"evidence-file-not-found 6.1.1 E6 QĐ 15.docx",
                                        "evidence-file-not-found 6.3.1 E9 "
                                        "file:///khong/co/tep%20nay.xlsx"}));
    std::filesystem::remove_all(folder);
}

TEST(EvidenceFiles, OnlyFileNamesAndFileUrlsAreFiles)
{
    EXPECT_EQ(evidenceFiles(" a.PDF ;Quyết định số 12/QĐ-UBND\nscan 2.jpg; https://x.vn/b.pdf"),
              (std::vector<std::string>{"a.PDF", "scan 2.jpg"}));
    EXPECT_EQ(evidenceFiles("file:tai-lieu"), (std::vector<std::string>{"file:tai-lieu"}));
    EXPECT_TRUE(evidenceFiles("").empty());
    EXPECT_TRUE(evidenceFiles("Công văn 345/UBND-NV ngày 3/5/2023").empty());
}

} // namespace
} // namespace parcalc
