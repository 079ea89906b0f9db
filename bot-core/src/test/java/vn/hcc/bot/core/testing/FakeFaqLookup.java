package vn.hcc.bot.core.testing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.hcc.bot.core.Audience;
import vn.hcc.bot.core.FaqAnswer;
import vn.hcc.bot.core.FaqCategory;
import vn.hcc.bot.core.FaqLookup;
import vn.hcc.bot.core.FaqMatch;
import vn.hcc.bot.core.FaqSearch;
import vn.hcc.bot.core.Link;

/**
 * A small in-memory knowledge base for engine tests. Confidence is the share of an entry's
 * keywords found in the question (tone marks ignored); the bot may answer at 0.5 or more.
 * {@link #onQuery} scripts an exact result for one question.
 */
public final class FakeFaqLookup implements FaqLookup {
  public static final double ANSWER_THRESHOLD = 0.5;

  private record Entry(FaqAnswer answer, boolean staffOnly, List<String> keywords) {}

  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private final Map<String, FaqCategory> categories = new LinkedHashMap<>();
  private final Map<String, FaqSearch> scripted = new HashMap<>();
  private int searches;

  public FakeFaqLookup category(String id, String title) {
    categories.put(id, new FaqCategory(id, title));
    return this;
  }

  public FakeFaqLookup entry(FaqAnswer answer, List<String> keywords) {
    return entry(answer, false, keywords);
  }

  public FakeFaqLookup entry(FaqAnswer answer, boolean staffOnly, List<String> keywords) {
    List<String> folded = new ArrayList<>();
    keywords.forEach(k -> folded.add(fold(k)));
    entries.put(answer.id(), new Entry(answer, staffOnly, folded));
    return this;
  }

  public FakeFaqLookup onQuery(String question, FaqSearch result) {
    scripted.put(question, result);
    return this;
  }

  public int searches() {
    return searches;
  }

  @Override
  public FaqSearch search(String question, Audience audience, int limit) {
    searches++;
    FaqSearch fixed = scripted.get(question);
    if (fixed != null) {
      return fixed;
    }
    String q = " " + fold(question) + " ";
    List<FaqMatch> matches = new ArrayList<>();
    for (Entry e : visible(audience)) {
      long hits = e.keywords().stream().filter(k -> q.contains(" " + k + " ")).count();
      if (hits > 0) {
        matches.add(match(e, (double) hits / e.keywords().size()));
      }
    }
    matches.sort(Comparator.comparingDouble(FaqMatch::confidence).reversed());
    List<FaqMatch> top = matches.subList(0, Math.min(limit, matches.size()));
    return new FaqSearch(!top.isEmpty() && top.get(0).confidence() >= ANSWER_THRESHOLD, top);
  }

  @Override
  public Optional<FaqAnswer> get(String id, Audience audience) {
    Entry e = entries.get(id);
    return e == null || (e.staffOnly() && audience != Audience.STAFF)
        ? Optional.empty() : Optional.of(e.answer());
  }

  @Override
  public List<FaqCategory> categories(Audience audience) {
    return List.copyOf(categories.values());
  }

  @Override
  public List<FaqMatch> inCategory(String categoryId, Audience audience) {
    List<FaqMatch> out = new ArrayList<>();
    for (Entry e : visible(audience)) {
      if (e.answer().category().equals(categoryId)) {
        out.add(match(e, 1.0));
      }
    }
    return out;
  }

  private List<Entry> visible(Audience audience) {
    return entries.values().stream()
        .filter(e -> !e.staffOnly() || audience == Audience.STAFF).toList();
  }

  private static FaqMatch match(Entry e, double confidence) {
    FaqAnswer a = e.answer();
    return new FaqMatch(a.id(), a.category(), a.question(), confidence);
  }

  public static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT).replace('đ', 'd');
    return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .replaceAll("[^a-z0-9]+", " ").strip();
  }

  /** A few Vietnamese entries about passports, citizen id cards, birth registration and tracking. */
  public static FakeFaqLookup sample() {
    Link dvc = new Link("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn");
    return new FakeFaqLookup()
        .category("xnc", "Xuất nhập cảnh")
        .category("cutru", "Căn cước, cư trú")
        .category("hotich", "Hộ tịch")
        .category("dvc", "Dịch vụ công trực tuyến")
        .entry(new FaqAnswer("passport.apply", "xnc", "Làm hộ chiếu phổ thông cần những gì?",
            "Hồ sơ cấp hộ chiếu phổ thông gồm:\n1. Tờ khai mẫu TK01.\n2. Ảnh chân dung.\n3. Căn cước.",
            List.of(dvc), "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam 2019", "2025-07-01",
            List.of("passport.fee", "passport.time", "passport.online")),
            List.of("ho chieu", "lam"))
        .entry(new FaqAnswer("passport.fee", "xnc", "Lệ phí cấp hộ chiếu là bao nhiêu?",
            "Lệ phí cấp hộ chiếu phổ thông là 200.000 đồng (nộp trực tuyến được giảm theo quy định).",
            List.of(), "Thông tư 25/2021/TT-BTC", "2025-06-15", List.of("passport.apply")),
            List.of("ho chieu", "le phi"))
        .entry(new FaqAnswer("passport.time", "xnc", "Làm hộ chiếu mất bao lâu?",
            "Thời hạn cấp hộ chiếu là 8 ngày làm việc kể từ ngày nhận đủ hồ sơ.",
            List.of(), "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam 2019", "2025-06-15",
            List.of("passport.apply")),
            List.of("ho chieu", "bao lau"))
        .entry(new FaqAnswer("passport.online", "xnc", "Làm hộ chiếu online được không?",
            "Được. Anh/Chị nộp hồ sơ trên Cổng Dịch vụ công quốc gia.", List.of(dvc),
            "Nghị định 118/2025/NĐ-CP", "2025-07-01", List.of("passport.apply")),
            List.of("ho chieu", "online"))
        .entry(new FaqAnswer("cccd.fee", "cutru", "Lệ phí cấp căn cước là bao nhiêu?",
            "Cấp đổi căn cước: 30.000 đồng; cấp lại: 70.000 đồng.", List.of(),
            "Thông tư 73/2024/TT-BTC", "2025-01-01", List.of()),
            List.of("can cuoc", "le phi"))
        .entry(new FaqAnswer("birth.register", "hotich", "Đăng ký khai sinh cần giấy tờ gì?",
            "Anh/Chị nộp:\n1. Tờ khai đăng ký khai sinh.\n2. Giấy chứng sinh.", List.of(),
            "Luật Hộ tịch 2014", "2025-03-10", List.of()),
            List.of("khai sinh"))
        .entry(new FaqAnswer("dvc.track", "dvc", "Tra cứu tình trạng hồ sơ thế nào?",
            "Anh/Chị vào Cổng Dịch vụ công, chọn Tra cứu hồ sơ và nhập mã hồ sơ.", List.of(dvc),
            "Nghị định 61/2018/NĐ-CP", "2025-05-20", List.of()),
            List.of("tra cuu", "ho so"))
        .entry(new FaqAnswer("staff.procedure", "dvc", "Quy trình tiếp nhận hồ sơ nội bộ",
            "Cán bộ tiếp nhận kiểm tra hồ sơ, cấp Giấy tiếp nhận và hẹn trả kết quả.", List.of(),
            "Quyết định nội bộ 12/QĐ", "2025-02-01", List.of()),
            true, List.of("quy trinh tiep nhan"));
  }
}
