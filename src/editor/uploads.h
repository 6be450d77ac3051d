#pragma once
// Files sent with a form: photos and documents checked by what they are
// (not by what their name says), sized, photos cleaned of metadata, stored
// beside the item under a readable name made by the editor — never the name
// or path the browser sent.
#include <optional>
#include <string>

#include "editor/form_values.h"
#include "source/schema.h"

namespace nastavnik {

inline constexpr size_t kMaxPhotoBytes = 25u << 20;
inline constexpr size_t kMaxDocumentBytes = 50u << 20;
inline constexpr long long kMaxPhotoPixels = 40'000'000;

struct StoredUpload {
  std::string rel;        // below the site root: "content/news/foto/vstrecha.jpg"
  std::string reference;  // as the item writes it: "foto/vstrecha.jpg"
};

// Checks `file` for a field of type `type` (image or file) and stores it
// beside `item_rel`. nullopt with `why` (in Russian) when it is refused.
std::optional<StoredUpload> store_upload(const std::string& root, const std::string& item_rel, FieldType type,
                                         const UploadedFile& file, std::string& why);

// The readable name the editor gives an upload: «Приказ №5.PDF» → "prikaz-5.pdf";
// nullopt for names that try to name a folder ("../x.pdf", "a/b.jpg").
std::optional<std::string> upload_name(const std::string& sent, const std::string& extension);

}  // namespace nastavnik
