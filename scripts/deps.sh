# Debian 12 packages the project needs, in one place. Sourced by scripts/build
# and scripts/test.
BUILD_PACKAGES=(
  g++ cmake make pkg-config
  libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-cpp-dev
  libkainjow-mustache-dev libxxhash-dev libhowardhinnant-date-dev catch2 tzdata
  libcpp-httplib-dev   # nastavnik serve
  libzip-dev libpugixml-dev   # nastavnik import roadmap FILE.docx
  nlohmann-json3-dev   # the publish manifest; tests read the feed checker's JSON
  libstemmer-dev       # Snowball Russian stems for the search index
  libvips-dev          # mentors' photos: resize, WebP/JPEG, metadata stripped
  libjemalloc-dev      # malloc for many threads building template data
  libyaml-dev          # front matter read fast (yaml-cpp for everything else)
  libcurl4-openssl-dev # nastavnik publish: SFTP (libssh2), FTP, FTPS
  libpoppler-cpp-dev libqpdf-dev libssl-dev   # documents: PDF text layer, tags, title, protection; detached signatures
  libxml2-dev          # nastavnik publish --kit: built pages read back as HTML
)
TEST_PACKAGES=(
  default-jre-headless   # Nu HTML Checker (vnu.jar from npm)
  chromium               # browser checks (driven by playwright-core from npm)
  nodejs npm
  python3 python3-icalendar   # an independent iCalendar parser for the feed tests
  libimage-exiftool-perl      # the photo tests check that no metadata survives
  openssh-server python3-pyftpdlib vsftpd openssl   # publish tests: sshd, FTP and FTPS servers started by the tests
  mmdebstrap dpkg-dev   # scripts/test-deb: the .deb (dpkg-shlibdeps for its Depends) installed into a clean Debian 12 root
  poppler-utils qpdf     # document tests: pdfinfo/pdftotext as independent readers, qpdf --encrypt for protected PDFs
)
# scripts/fuzz only (libFuzzer comes with clang's runtime libraries), never
# the default build.
FUZZ_PACKAGES=(
  clang libclang-rt-14-dev
)

# Installs the packages of the given list that are not installed yet.
install_missing() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # node and java may come from elsewhere on a developer's machine.
  if command -v node >/dev/null && command -v npm >/dev/null; then
    local kept=(); for p in "${missing[@]}"; do [[ $p == nodejs || $p == npm ]] || kept+=("$p"); done; missing=("${kept[@]}")
  fi
  if command -v java >/dev/null; then
    local kept=(); for p in "${missing[@]}"; do [[ $p == default-jre-headless ]] || kept+=("$p"); done; missing=("${kept[@]}")
  fi
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
