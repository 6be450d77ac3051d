#pragma once
#define NASTAVNIK_VERSION "0.1.0"
