package com.chipcheck.rules.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names written in Chinese characters, cut into the words a comparison needs (docs/screening.md). Chinese writes no
 * spaces, and a registered company name is built the same way everywhere: place, trade name, line of business, legal
 * form, as in 杭州 | 海康威视 | 数字技术 | 股份有限公司. The trade name (the "core") is what names the company; the rest
 * is what the Latin matcher calls places, generic words and legal forms, and is treated so:
 * <ul>
 * <li>legal forms (有限公司, 股份有限公司, 有限责任公司, 公司, 株式会社 …) are dropped wherever they stand, and cut the
 *     text there ("…有限公司北京分公司");</li>
 * <li>generic descriptors at the end (科技, 技术, 信息, 智能, 数字, 电子, 集成电路, 设计, 产业, 集团, 大学 …) are cut
 *     off one by one and kept as generic tokens;</li>
 * <li>a place at the start (北京, 上海市, 浙江省, 中国 …, with 省, 市, 区, 县 or 自治区) is cut off and kept as a place
 *     token (one the list does not know, but written with its kind of area, 昆山市 or 海淀区, is dropped); 中科 (of the
 *     Chinese Academy of Sciences) and 国家 likewise, as generic tokens;</li>
 * <li>nothing is cut that would leave fewer than two characters: "北京大学" stays 北京 | 大学, a name of generic words
 *     only, which must then equal a listed name in full, as in Latin letters.</li>
 * </ul>
 * Text arrives with traditional characters already read as simplified ({@link NameNormalizer#simplified}), so the lists
 * below are simplified; the Taiwanese and Hong Kong words (资讯 for 信息, 积体电路, 软体, 网路 …) are included.
 */
final class HanNames {

    /** Legal forms in Chinese (and Japanese), dropped wherever they stand; the longest first. */
    static final List<String> LEGAL_FORMS = sortedLongestFirst(List.of("股份有限公司", "有限责任公司", "有限公司", "股份公司",
            "总公司", "分公司", "子公司", "公司", "有限合伙", "股份", "株式会社", "有限会社", "合同会社"));

    /** Generic descriptors: line of business, organisation. Cut off the end of a name, kept as generic tokens. */
    static final Set<String> GENERIC = Set.of("集团", "控股", "科技", "高科技", "高新技术", "新技术", "技术", "信息", "资讯",
            "智能", "数字", "数位", "数码", "电子", "微电子", "光电", "半导体", "集成电路", "积体电路", "芯片", "设计", "产业",
            "工业", "实业", "企业", "发展", "开发", "贸易", "商贸", "进出口", "网络", "网路", "软件", "软体", "系统", "通信",
            "通讯", "设备", "装备", "制造", "研究院", "研究所", "科学院", "研究中心", "研发中心", "中心", "实验室", "大学", "学院",
            "计算机", "电脑", "计算", "云计算", "人工智能", "人工智慧", "服务", "咨询", "谘询", "投资", "管理", "材料", "数据",
            "应用", "工程", "科学", "物流", "供应链", "销售",
            // qualifiers that stand before a name
            "中科", "国家");

    private static final List<String> DESCRIPTORS = sortedLongestFirst(GENERIC.stream().filter(g -> !g.equals("中科") && !g.equals("国家")).toList());
    private static final List<String> QUALIFIERS = List.of("中科", "国家");

    /** Places: provinces, regions, the larger cities, China itself. Cut off the start of a name, kept as place tokens. */
    static final Set<String> PLACES = Set.of("中国", "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江",
            "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西",
            "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
            "深圳", "广州", "杭州", "成都", "武汉", "南京", "苏州", "无锡", "西安", "合肥", "长沙", "郑州", "济南", "青岛",
            "大连", "沈阳", "哈尔滨", "长春", "厦门", "福州", "宁波", "东莞", "佛山", "珠海", "中山", "昆明", "贵阳", "南宁",
            "南昌", "太原", "石家庄", "兰州", "乌鲁木齐", "呼和浩特", "银川", "西宁", "拉萨", "海口", "三亚", "绵阳", "常州",
            "温州", "绍兴", "嘉兴", "烟台", "潍坊", "泉州", "惠州", "芜湖", "洛阳", "宜昌", "襄阳", "株洲", "湘潭", "南通",
            "扬州", "徐州", "镇江", "泰州", "盐城", "淮安", "连云港", "台州", "金华", "湖州", "舟山", "威海", "淄博", "临沂",
            "济宁", "保定", "唐山", "廊坊", "秦皇岛", "邯郸", "大同", "鞍山", "包头", "桂林", "柳州", "遵义", "宜宾", "德阳",
            "九江", "赣州", "蚌埠", "汕头", "江门", "湛江", "昆山", "江阴", "台北", "新竹", "台中", "台南", "高雄", "桃园");

    private static final List<String> PLACE_PREFIXES = sortedLongestFirst(List.copyOf(PLACES));
    /** What may follow a place's name: its kind of administrative area. */
    private static final Pattern AREA = Pattern.compile("^(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市|新区|区|县)");
    /** A place the list above does not know, written with its kind of area: 昆山市, 浦东新区, 海淀区. */
    private static final Pattern OTHER_AREA = Pattern.compile("^(\\p{IsHan}{2,3}?)(?:市|省|县|新区|区)");

    private HanNames() {
    }

    /** The tokens of one run of Chinese characters (no spaces, simplified): places, core, descriptors, in that order. */
    static List<String> tokens(String run) {
        List<String> out = new ArrayList<>();
        for (String part : withoutLegalForms(run)) {
            out.addAll(segment(part));
        }
        return out;
    }

    /** The run cut at its legal forms, which are dropped: "华为技术有限公司北京分公司" is 华为技术 and 北京. */
    private static List<String> withoutLegalForms(String run) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        int i = 0;
        next:
        while (i < run.length()) {
            for (String form : LEGAL_FORMS) {
                if (run.startsWith(form, i)) {
                    if (i > start) {
                        parts.add(run.substring(start, i));
                    }
                    i += form.length();
                    start = i;
                    continue next;
                }
            }
            i++;
        }
        if (start < run.length()) {
            parts.add(run.substring(start));
        }
        return parts;
    }

    /** One part of a name without legal forms, as places, the core and descriptors. */
    private static List<String> segment(String part) {
        String s = part;
        if (s.length() > 2 && s.endsWith("科大")) {
            s = s.substring(0, s.length() - 2) + "科技大学"; // 国防科大 is 国防科技大学, as "Univ." is "University"
        }
        List<String> tail = new ArrayList<>();
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String d : DESCRIPTORS) {
                if (s.length() - d.length() >= 2 && s.endsWith(d)) {
                    tail.add(0, d);
                    s = s.substring(0, s.length() - d.length());
                    cut = true;
                    break;
                }
            }
        }
        List<String> head = new ArrayList<>();
        cut = true;
        while (cut) {
            cut = false;
            String[] place = leadingPlace(s);
            if (place != null && s.length() - place[1].length() >= 2) {
                if (place[0] != null) {
                    head.add(place[0]);
                }
                s = s.substring(place[1].length());
                cut = true;
            }
        }
        List<String> out = new ArrayList<>(head);
        out.add(s);
        out.addAll(tail);
        return out;
    }

    /**
     * The place a name starts with: {token, the text it takes up} (浙江省 is the token 浙江), or null. A place the list
     * does not know, written with its kind of area (昆山市, 海淀区), takes up its text and gives no token: a token of
     * its own could not be told from a trade name that ends so (华联超市).
     */
    private static String[] leadingPlace(String s) {
        for (String q : QUALIFIERS) {
            if (s.startsWith(q)) {
                return new String[] {q, q};
            }
        }
        for (String p : PLACE_PREFIXES) {
            if (s.startsWith(p)) {
                Matcher area = AREA.matcher(s.substring(p.length()));
                return new String[] {p, area.find() ? p + area.group() : p};
            }
        }
        Matcher other = OTHER_AREA.matcher(s);
        if (other.find()) {
            return new String[] {null, other.group()};
        }
        return null;
    }

    /** A place token in Chinese characters (中国, 北京). */
    static boolean place(String token) {
        return PLACES.contains(token);
    }

    private static List<String> sortedLongestFirst(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList();
    }
}
