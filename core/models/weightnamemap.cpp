#include "core/models/weightnamemap.h"

#include <map>
#include <regex>
#include <utility>

#include "core/common/error.h"

namespace as {

namespace {

struct KeyRule
{
    std::regex pattern;
    std::string replacement;
};

using RuleTable = std::vector<std::pair<std::string, std::vector<KeyRule>>>;

void add(std::vector<KeyRule> &rules, const std::string &pattern, const std::string &replacement)
{
    rules.push_back({std::regex(pattern), replacement});
}

/**
 * The name map, one rule list per convention; the first rule whose pattern matches renames the
 * key (pattern anchored at the start, `$n` are its groups). Sources:
 *  - mmaction2 ResNet (mmcv ConvModule: `convN.conv` + `convN.bn`) and TSN head `fc_cls`;
 *  - mmaction2 X3D (`conv1_s`/`conv1_t` stem, BlockX3D conv1..3 + se_module, conv5, X3DHead);
 *  - mmaction2 C3D (`conv1a`... ConvModules, fc6/fc7, head fc_cls);
 *  - PySlowFast SlowFast and X3D (`s1.pathway0_stem`, `sK.pathwayP_resJ.branch2.a`, `head`).
 * Our X3D/SlowFast names are PyTorchVideo's; PyTorchVideo swaps the stem names (its `conv_t` is
 * the spatial 1x3x3 conv, `conv_xy` the temporal one), hence conv1_s/conv_xy -> conv_t.
 */
const RuleTable &ruleTable()
{
    static const RuleTable table = [] {
        RuleTable t;
        t.emplace_back("pytorch", std::vector<KeyRule> {});

        std::vector<KeyRule> resnet;
        add(resnet, R"(^backbone\.conv1\.conv\.)", "conv1.");
        add(resnet, R"(^backbone\.conv1\.bn\.)", "bn1.");
        add(resnet, R"(^backbone\.(layer\d+\.\d+)\.conv(\d)\.conv\.)", "$1.conv$2.");
        add(resnet, R"(^backbone\.(layer\d+\.\d+)\.conv(\d)\.bn\.)", "$1.bn$2.");
        add(resnet, R"(^backbone\.(layer\d+\.\d+)\.downsample\.conv\.)", "$1.downsample.0.");
        add(resnet, R"(^backbone\.(layer\d+\.\d+)\.downsample\.bn\.)", "$1.downsample.1.");
        add(resnet, R"(^cls_head\.fc_cls\.)", "fc.");
        t.emplace_back("mmaction2-resnet", std::move(resnet));

        std::vector<KeyRule> x3d;
        const std::string block = R"(^backbone\.layer(\d+)\.(\d+)\.)";
        const std::string ours = "blocks.$1.res_blocks.$2.";
        add(x3d, R"(^backbone\.conv1_s\.conv\.)", "blocks.0.conv.conv_t.");
        add(x3d, R"(^backbone\.conv1_t\.conv\.)", "blocks.0.conv.conv_xy.");
        add(x3d, R"(^backbone\.conv1_t\.bn\.)", "blocks.0.norm.");
        add(x3d, block + R"(conv1\.conv\.)", ours + "branch2.conv_a.");
        add(x3d, block + R"(conv1\.bn\.)", ours + "branch2.norm_a.");
        add(x3d, block + R"(conv2\.conv\.)", ours + "branch2.conv_b.");
        add(x3d, block + R"(conv2\.bn\.)", ours + "branch2.norm_b.0.");
        add(x3d, block + R"(se_module\.fc1\.)", ours + "branch2.norm_b.1.block.0.");
        add(x3d, block + R"(se_module\.fc2\.)", ours + "branch2.norm_b.1.block.2.");
        add(x3d, block + R"(conv3\.conv\.)", ours + "branch2.conv_c.");
        add(x3d, block + R"(conv3\.bn\.)", ours + "branch2.norm_c.");
        add(x3d, block + R"(downsample\.conv\.)", ours + "branch1_conv.");
        add(x3d, block + R"(downsample\.bn\.)", ours + "branch1_norm.");
        add(x3d, R"(^backbone\.conv5\.conv\.)", "blocks.5.pool.pre_conv.");
        add(x3d, R"(^backbone\.conv5\.bn\.)", "blocks.5.pool.pre_norm.");
        add(x3d, R"(^cls_head\.fc1\.)", "blocks.5.pool.post_conv.");
        add(x3d, R"(^cls_head\.fc2\.)", "blocks.5.proj.");
        t.emplace_back("mmaction2-x3d", std::move(x3d));

        std::vector<KeyRule> c3d;
        add(c3d, R"(^backbone\.conv([12])a\.conv\.)", "conv$1.");
        add(c3d, R"(^backbone\.(conv[345][ab])\.conv\.)", "$1.");
        add(c3d, R"(^backbone\.(fc[67])\.)", "$1.");
        add(c3d, R"(^cls_head\.fc_cls\.)", "fc8.");
        t.emplace_back("mmaction2-c3d", std::move(c3d));

        // PySlowFast stage sK (K = 2..5) is PyTorchVideo's blocks.{K-1}; fusion sK_fuse
        // (K = 1..4) sits in blocks.{K-1}.
        std::vector<KeyRule> slowfast;
        add(slowfast, R"(^s1\.pathway(\d)_stem\.conv\.)", "blocks.0.multipathway_blocks.$1.conv.");
        add(slowfast, R"(^s1\.pathway(\d)_stem\.bn\.)", "blocks.0.multipathway_blocks.$1.norm.");
        std::vector<KeyRule> x3dSlowFast;
        add(x3dSlowFast, R"(^s1\.pathway0_stem\.conv_xy\.)", "blocks.0.conv.conv_t.");
        add(x3dSlowFast, R"(^s1\.pathway0_stem\.conv\.)", "blocks.0.conv.conv_xy.");
        add(x3dSlowFast, R"(^s1\.pathway0_stem\.bn\.)", "blocks.0.norm.");
        const std::vector<std::pair<std::string, std::string>> branch
            = {{"branch1", "branch1_conv"},       {"branch1_bn", "branch1_norm"},
               {"branch2.a", "branch2.conv_a"},   {"branch2.a_bn", "branch2.norm_a"},
               {"branch2.b", "branch2.conv_b"},   {"branch2.c", "branch2.conv_c"},
               {"branch2.c_bn", "branch2.norm_c"}};
        for (int k = 1; k <= 5; ++k) {
            const std::string s = "^s" + std::to_string(k);
            const std::string b = "blocks." + std::to_string(k - 1);
            if (k <= 4) {
                add(slowfast, s + R"(_fuse\.conv_f2s\.)",
                    b + ".multipathway_fusion.conv_fast_to_slow.");
                add(slowfast, s + R"(_fuse\.bn\.)", b + ".multipathway_fusion.norm.");
            }
            if (k == 1)
                continue;
            for (const auto &[from, to] : branch) {
                std::string escaped = std::regex_replace(from, std::regex(R"(\.)"), R"(\.)");
                add(slowfast, s + R"(\.pathway(\d)_res(\d+)\.)" + escaped + R"(\.)",
                    b + ".multipathway_blocks.$1.res_blocks.$2." + to + ".");
                add(x3dSlowFast, s + R"(\.pathway0_res(\d+)\.)" + escaped + R"(\.)",
                    b + ".res_blocks.$1." + to + ".");
            }
            add(slowfast, s + R"(\.pathway(\d)_res(\d+)\.branch2\.b_bn\.)",
                b + ".multipathway_blocks.$1.res_blocks.$2.branch2.norm_b.");
            add(x3dSlowFast, s + R"(\.pathway0_res(\d+)\.branch2\.b_bn\.)",
                b + ".res_blocks.$1.branch2.norm_b.0.");
            add(x3dSlowFast, s + R"(\.pathway0_res(\d+)\.branch2\.se\.fc1\.)",
                b + ".res_blocks.$1.branch2.norm_b.1.block.0.");
            add(x3dSlowFast, s + R"(\.pathway0_res(\d+)\.branch2\.se\.fc2\.)",
                b + ".res_blocks.$1.branch2.norm_b.1.block.2.");
        }
        add(slowfast, R"(^head\.projection\.)", "blocks.6.proj.");
        add(x3dSlowFast, R"(^head\.conv_5\.)", "blocks.5.pool.pre_conv.");
        add(x3dSlowFast, R"(^head\.conv_5_bn\.)", "blocks.5.pool.pre_norm.");
        add(x3dSlowFast, R"(^head\.lin_5\.)", "blocks.5.pool.post_conv.");
        add(x3dSlowFast, R"(^head\.projection\.)", "blocks.5.proj.");
        t.emplace_back("pyslowfast-slowfast", std::move(slowfast));
        t.emplace_back("pyslowfast-x3d", std::move(x3dSlowFast));

        // Any other mmaction2 model whose backbone uses the reference names underneath
        // (e.g. a torchvision or timm backbone wrapped by mmaction2).
        std::vector<KeyRule> generic;
        add(generic, R"(^cls_head\.fc_cls\.)", "fc.");
        add(generic, R"(^backbone\.)", "");
        add(generic, R"(^cls_head\.)", "");
        t.emplace_back("mmaction2-generic", std::move(generic));
        return t;
    }();
    return table;
}

std::string stripWrappers(std::string key)
{
    for (bool again = true; again;) {
        again = false;
        for (const char *prefix : {"module.", "model.", "_orig_mod."}) {
            const std::string p(prefix);
            if (key.size() > p.size() && key.compare(0, p.size(), p) == 0) {
                key.erase(0, p.size());
                again = true;
            }
        }
    }
    return key;
}

std::string applyRules(const std::string &key, const std::vector<KeyRule> &rules)
{
    for (const KeyRule &rule : rules) {
        if (std::regex_search(key, rule.pattern))
            return std::regex_replace(key, rule.pattern, rule.replacement,
                                      std::regex_constants::format_first_only);
    }
    return key;
}

} // namespace

std::vector<std::string> keyConventions()
{
    std::vector<std::string> names;
    for (const auto &[name, rules] : ruleTable())
        names.push_back(name);
    return names;
}

std::string mapCheckpointKey(const std::string &key, const std::string &convention)
{
    for (const auto &[name, rules] : ruleTable()) {
        if (name == convention)
            return applyRules(stripWrappers(key), rules);
    }
    throw Error("model.weights.convention", "Unknown checkpoint naming convention " + convention);
}

KeyMapping mapCheckpointKeys(const std::vector<std::string> &keys,
                             const std::set<std::string> &modelKeys)
{
    KeyMapping best;
    best.matched = -1;
    for (const auto &[name, rules] : ruleTable()) {
        KeyMapping candidate;
        candidate.convention = name;
        for (const std::string &key : keys) {
            std::string mapped = applyRules(stripWrappers(key), rules);
            if (!modelKeys.count(mapped) && modelKeys.count(key))
                mapped = key;
            candidate.matched += modelKeys.count(mapped) ? 1 : 0;
            candidate.keys.push_back(std::move(mapped));
        }
        if (candidate.matched > best.matched) // ties keep the earlier (identity first)
            best = std::move(candidate);
    }
    return best;
}

} // namespace as
