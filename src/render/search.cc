#include "render/search.h"

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <deque>
#include <string_view>
#include <memory>
#include <set>
#include <unordered_map>

#include "content/document.h"
#include "content/event.h"
#include "content/lists.h"
#include "content/mentor.h"
#include "content/news.h"
#include "content/practice.h"
#include "content/roadmap.h"
#include "render/page_type.h"
#include "base/parallel.h"
#include "base/text.h"

namespace nastavnik {

namespace {

bool is_cyrillic(char32_t c) { return (c >= U'а' && c <= U'я') || c == U'ё'; }

struct Stemmer {
  sb_stemmer* s = sb_stemmer_new("russian", "UTF_8");
  ~Stemmer() {
    if (s) sb_stemmer_delete(s);
  }
};

// Markdown and HTML marks out of a text: link targets, tags, emphasis.
// Runs of ordinary bytes are copied at once: this reads every text of the site.
std::string plain_text(const std::string& md) {
  static const auto special = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : std::string_view("]<#*_`>|~[! \n\t\r")) t[c] = true;
    return t;
  }();
  std::string out;
  out.reserve(md.size());
  auto space = [&] {
    if (!out.empty() && out.back() != ' ') out += ' ';
  };
  for (size_t i = 0; i < md.size(); ++i) {
    size_t run = i;
    while (run < md.size() && !special[static_cast<unsigned char>(md[run])]) ++run;
    if (run > i) {
      out.append(md, i, run - i);
      i = run;
      if (i == md.size()) break;
    }
    char c = md[i];
    if (c == ']' && i + 1 < md.size() && md[i + 1] == '(') {  // [text](target)
      size_t close = md.find(')', i + 2);
      if (close != std::string::npos) {
        i = close;
        space();
        continue;
      }
    }
    if (c == '<') {  // inline HTML
      size_t close = md.find('>', i);
      if (close != std::string::npos && close - i < 200) {
        i = close;
        space();
        continue;
      }
    }
    space();  // any other mark, and white space, is one space
  }
  return std::string(trim(out));
}

std::string hex(const std::string& s) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (unsigned char c : s) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

// The first two letters: the shard of a stem or a word form.
std::string shard_key(const std::string& s) {
  size_t end = 0;
  for (int chars = 0; chars < 2 && end < s.size(); ++chars) {
    unsigned char c = static_cast<unsigned char>(s[end]);
    end += c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
  }
  return s.substr(0, std::min(end, s.size()));
}

std::string script(const std::string& name, const std::string& json) {
  return "window.__nastavnikSearch(" + json_string(name) + "," + json + ");\n";
}

struct Doc {
  const Page* page;
  std::string type;
  std::vector<std::string> title;  // fields weighted high
  std::vector<std::string> text;   // the rest
};

// The page's indexable text, field by field, in the order it reads.
Doc doc_of(const Library& lib, const Page& p) {
  Doc d{&p, kind_name(p.kind), {p.title}, {}};
  auto add = [&](const std::string& s) {
    if (!s.empty()) d.text.push_back(plain_text(s));
  };
  auto add_all = [&](const std::vector<std::string>& v) {
    for (const auto& s : v) add(s);
  };
  switch (p.kind) {
    case PageKind::practice: {
      const Practice& x = *p.practice;
      add(x.summary);
      for (const auto& a : shown_people(lib, x.authors)) add(a.name);
      if (const PracticeForm* f = find_practice_form(x.form)) add(f->label);
      add(x.role_model);
      add_all(x.subjects);
      add(x.problem.text);
      add(x.goal.text);
      add_all(x.tasks);
      add(x.audience);
      for (const auto& s : x.stages) add(s.title + " " + s.period + " " + s.description);
      add(x.methods.text);
      add(x.resources.text);
      add(x.results.text);
      add_all(x.indicators);
      add(x.novelty.text);
      add(x.reuse.text);
      add_all(x.tags);
      add(x.organisation);
      add(p.body_md);
      break;
    }
    case PageKind::mentor: {
      const Mentor& m = *p.mentor;
      add(m.position);
      add_all(m.subjects);
      add_all(m.roles);
      add_all(m.achievements);
      if (m.biography) add(p.body_md);
      break;
    }
    case PageKind::event: {
      const Event& e = *p.event;
      add(e.summary);
      add(e.place);
      add(e.audience);
      add(e.organiser);
      add_all(e.tags);
      add(p.body_md);
      add(e.report_md);
      break;
    }
    case PageKind::news:
      add(p.news->summary);
      add_all(p.news->tags);
      add(p.body_md);
      break;
    case PageKind::document:
      add(p.description);
      add(p.document->number);
      add(p.document->issuer);
      add(p.body_md);
      add(p.document->text.plain());
      break;
    default:
      add(p.description);
      add(p.body_md);
      break;
  }
  return d;
}

// Calls fn(word, letters) for every word of the text: runs of Latin and
// Cyrillic letters and digits, lower-cased, ё as е, as UTF-8 in a buffer
// reused between calls. Works on the bytes: this runs over every word of
// the site.
template <typename Fn>
void for_each_search_word(std::string_view text, Fn&& fn) {
  std::string word;
  size_t letters = 0;
  auto flush = [&] {
    if (letters) fn(std::string_view(word), letters);
    word.clear();
    letters = 0;
  };
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        word += static_cast<char>(c);
        ++letters;
      } else {
        flush();
      }
      continue;
    }
    if ((c >> 5) == 6 && i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) >> 6) == 2) {
      char32_t cp = (static_cast<char32_t>(c & 0x1f) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3f);
      i += 2;
      if (cp >= U'А' && cp <= U'Я') cp += 32;
      if (cp == U'Ё' || cp == U'ё') cp = U'е';
      if (cp >= U'а' && cp <= U'я') {
        word += static_cast<char>(0xC0 | (cp >> 6));
        word += static_cast<char>(0x80 | (cp & 0x3f));
        ++letters;
      } else {
        flush();
      }
      continue;
    }
    // Any other character (or a broken sequence) ends a word.
    int length = (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    i += static_cast<size_t>(length);
    flush();
  }
  flush();
}

bool is_stop_word(std::string_view word, size_t letters) {
  if (letters > 3) return false;
  static const std::string_view words[] = {"в",  "и",  "на", "с",  "по", "к",  "у",  "о",   "об", "от",
                                           "до", "за", "из", "для", "не", "а",  "но", "или", "что", "как",
                                           "это", "же", "бы", "ли", "то", "со", "во", "при", "под", "над"};
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

}  // namespace

std::vector<std::string> search_words(const std::string& text) {
  std::vector<std::string> out;
  for_each_search_word(text, [&](std::string_view w, size_t) { out.emplace_back(w); });
  return out;
}

std::string search_stem(const std::string& word) {
  thread_local Stemmer stemmer;
  std::u32string u = utf8_decode(word);
  if (!stemmer.s || u.empty() || !is_cyrillic(u[0])) return word;
  const sb_symbol* r = sb_stemmer_stem(stemmer.s, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
  if (!r) return word;
  std::string stem(reinterpret_cast<const char*>(r), static_cast<size_t>(sb_stemmer_length(stemmer.s)));
  return stem.empty() ? word : stem;
}

std::map<std::string, std::string> build_search_index(const Library& lib, const SearchTypeLabels& labels, int jobs) {
  // Published pages of the searchable kinds, practices first.
  static const std::vector<PageKind> order = {PageKind::practice, PageKind::mentor,   PageKind::event,
                                              PageKind::news,     PageKind::document, PageKind::page};
  std::vector<const Page*> pages;
  for (PageKind kind : order)
    for (const auto& p : lib.pages)
      if (p.kind == kind && !p.draft) {
        if (kind == PageKind::practice && p.practice->status != "approved") continue;
        pages.push_back(&p);
      }

  // Each page's text and its stems with their weights, on all workers. A
  // worker keeps every word it has seen with its stem, so a word is stemmed
  // once per worker and a page's stems are counted by pointer.
  struct Stem {
    std::string text;
    size_t id = SIZE_MAX;  // in `postings`, given when first merged
    size_t local = 0;      // in its worker's `stems`
  };
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Worker {
    std::deque<Stem> stems;
    std::unordered_map<std::string, Stem*, StringHash, std::equal_to<>> words;  // word form -> its stem
    std::unordered_map<std::string, Stem*, StringHash, std::equal_to<>> by_text;  // stem -> its entry
    std::vector<int> weight;     // of each stem in the page being indexed, by `local`
    std::vector<Stem*> touched;  // the stems with a weight in that page
  };
  std::vector<Doc> docs(pages.size());
  jobs = std::max(1, jobs);
  std::vector<Worker> workers(static_cast<size_t>(jobs));
  // stem -> (doc, weight) in page order. Pages are taken in batches so that
  // only one batch's terms wait to be merged at a time.
  std::vector<std::pair<std::string, std::vector<std::pair<size_t, int>>>> postings;
  std::unordered_map<std::string, size_t, StringHash, std::equal_to<>> posting_of;
  constexpr size_t kBatch = 256;
  std::vector<std::vector<std::pair<Stem*, int>>> terms;  // of each page in the batch
  for (size_t from = 0; from < pages.size(); from += kBatch) {
    size_t count = std::min(kBatch, pages.size() - from);
    terms.assign(count, {});
    parallel_for(count, jobs, [&](size_t k, int worker_index) {
      size_t i = from + k;
      docs[i] = doc_of(lib, *pages[i]);
      Worker& worker = workers[static_cast<size_t>(worker_index)];
      auto index = [&](const std::vector<std::string>& texts, int weight) {
        for (const auto& text : texts)
          for_each_search_word(text, [&](std::string_view w, size_t letters) {
            if (letters < 2 || is_stop_word(w, letters)) return;
            auto it = worker.words.find(w);
            if (it == worker.words.end()) {
              std::string stem = search_stem(std::string(w));
              auto known = worker.by_text.find(stem);
              Stem* entry = known != worker.by_text.end()
                                ? known->second
                                : &worker.stems.emplace_back(Stem{stem, SIZE_MAX, worker.stems.size()});
              if (known == worker.by_text.end()) {
                worker.by_text.emplace(std::move(stem), entry);
                worker.weight.push_back(0);
              }
              it = worker.words.emplace(std::string(w), entry).first;
            }
            Stem* stem = it->second;
            if (worker.weight[stem->local] == 0) worker.touched.push_back(stem);
            worker.weight[stem->local] += weight;
          });
      };
      // The bank comes first: practices weigh double.
      int boost = pages[i]->kind == PageKind::practice ? 2 : 1;
      index(docs[i].title, 10 * boost);
      index(docs[i].text, boost);
      for (Stem* stem : worker.touched) {
        terms[k].emplace_back(stem, worker.weight[stem->local]);
        worker.weight[stem->local] = 0;
      }
      worker.touched.clear();
      // Results show the beginning of the text only: keep just that.
      std::string snippet;
      for (const auto& part : docs[i].text) {
        if (utf8_length(snippet) > 1500) break;
        snippet += (snippet.empty() ? "" : " ") + part;
      }
      std::u32string u = utf8_decode(snippet);
      if (u.size() > 1600) snippet = utf8_encode(u.substr(0, 1600));
      docs[i].text = {std::move(snippet)};
    });
    for (size_t k = 0; k < count; ++k)
      for (auto& [stem, weight] : terms[k]) {
        if (stem->id == SIZE_MAX) {
          auto [it, added] = posting_of.try_emplace(stem->text, postings.size());
          if (added) postings.emplace_back(stem->text, std::vector<std::pair<size_t, int>>());
          stem->id = it->second;
        }
        postings[stem->id].second.emplace_back(from + k, weight);
      }
  }
  terms.clear();
  posting_of.clear();
  std::sort(postings.begin(), postings.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  // Every word form seen that differs from its stem.
  std::map<std::string, std::string> forms;
  for (const auto& worker : workers)
    for (const auto& [word, stem] : worker.words)
      if (word != stem->text) forms.emplace(word, stem->text);

  // Shards by the first two letters, each written on its own worker.
  struct Shard {
    std::vector<size_t> stems;  // in postings
    std::vector<const std::pair<const std::string, std::string>*> forms;
    std::string json;
  };
  std::map<std::string, Shard> shards;
  for (size_t i = 0; i < postings.size(); ++i) shards[shard_key(postings[i].first)].stems.push_back(i);
  for (const auto& entry : forms) shards[shard_key(entry.first)].forms.push_back(&entry);
  std::vector<std::pair<const std::string, Shard>*> shard_list;
  for (auto& entry : shards) shard_list.push_back(&entry);
  parallel_for(shard_list.size(), jobs, [&](size_t n, int) {
    Shard& shard = shard_list[n]->second;
    std::string t, f;
    for (size_t i : shard.stems) {
      if (!t.empty()) t += ',';
      append_json_string(t, postings[i].first);
      t += ":[";
      bool first = true;
      for (const auto& [doc, weight] : postings[i].second) {
        t += first ? "[" : ",[";
        t += std::to_string(doc);
        t += ',';
        t += std::to_string(weight);
        t += ']';
        first = false;
      }
      t += ']';
    }
    for (const auto* entry : shard.forms) {
      if (!f.empty()) f += ',';
      append_json_string(f, entry->first);
      f += ':';
      append_json_string(f, entry->second);
    }
    std::string name = hex(shard_list[n]->first);
    shard.json = script("s/" + name, "{\"t\":{" + t + "},\"f\":{" + f + "}}");
  });
  std::map<std::string, std::string> files;
  std::string names;
  for (auto& [key, shard] : shards) {
    std::string name = hex(key);
    names += (names.empty() ? "" : ",") + json_string(name);
    files["search/index/s/" + name + ".js"] = std::move(shard.json);
  }

  // Page records for results, 50 a file.
  size_t chunks = (docs.size() + kSearchPagesPerFile - 1) / kSearchPagesPerFile;
  std::vector<std::string> chunk_files(chunks);
  parallel_for(chunks, jobs, [&](size_t c, int) {
    std::string list;
    for (size_t i = c * kSearchPagesPerFile; i < docs.size() && i < (c + 1) * kSearchPagesPerFile; ++i) {
      const Doc& d = docs[i];
      const std::string text = d.text.empty() ? std::string() : d.text.front();  // the snippet kept above
      auto label = labels.find(d.type);
      list += list.empty() ? "[" : ",[";
      append_json_string(list, d.page->url);
      list += ',';
      append_json_string(list, d.page->title);
      list += ',';
      append_json_string(list, label == labels.end() ? d.type : label->second);
      list += ',';
      append_json_string(list, text);
      list += ']';
    }
    chunk_files[c] = script("d/" + std::to_string(c), "[" + list + "]");
  });
  for (size_t c = 0; c < chunks; ++c) files["search/index/d/" + std::to_string(c) + ".js"] = std::move(chunk_files[c]);
  files["search/index/manifest.js"] =
      script("manifest", "{\"v\":" + std::to_string(kSearchIndexVersion) + ",\"pages\":" + std::to_string(docs.size()) +
                             ",\"per\":" + std::to_string(kSearchPagesPerFile) + ",\"shards\":[" + names + "]}");
  return files;
}

}  // namespace nastavnik
