/* ui-actions.h — every action of the reader, once: the X-macro table below is expanded into
 * the action enum, the name lookup for `bind`, the default keymap and the `?` help screen.
 *
 * Columns: id, group (for the help screen), config name, default keys (blank-separated key
 * names as `bind` takes them), help text. */
#ifndef PB_UI_ACTIONS_H
#define PB_UI_ACTIONS_H

#include <stdbool.h>

#define UI_ACTIONS(_) \
	_(DOWN,          MOVE,   "move-down",        "j Down",       "move down") \
	_(UP,            MOVE,   "move-up",          "k Up",         "move up") \
	_(PAGE_DOWN,     MOVE,   "page-down",        "PgDn C-d C-f", "one page down") \
	_(PAGE_UP,       MOVE,   "page-up",          "PgUp C-u C-b", "one page up") \
	_(FIRST,         MOVE,   "first",            "g Home",       "go to the first line") \
	_(LAST,          MOVE,   "last",             "G End",        "go to the last line") \
	_(NEXT_PAPER,    MOVE,   "next-paper",       "J",            "next paper (in the full reader too)") \
	_(PREV_PAPER,    MOVE,   "prev-paper",       "K",            "previous paper (in the full reader too)") \
	_(NEXT_PANE,     MOVE,   "next-pane",        "Tab Right",    "next pane") \
	_(PREV_PANE,     MOVE,   "prev-pane",        "S-Tab Left",   "previous pane") \
	_(OPEN,          VIEW,   "open",             "Enter",        "open the paper (on a facet: filter by it)") \
	_(CLOSE,         VIEW,   "close",            "q",            "close the view; quit from the list") \
	_(QUIT,          VIEW,   "quit",             "Q",            "quit at once") \
	_(HELP,          VIEW,   "help",             "? F1",         "this help") \
	_(RELOAD,        VIEW,   "reload",           "R",            "reload the library") \
	_(REDRAW,        VIEW,   "redraw",           "C-l",          "redraw the screen") \
	_(SEARCH,        FILTER, "search",           "/",            "full-text search") \
	_(QUERY,         FILTER, "query",            ":",            "type any query (the filter, editable)") \
	_(PICK_INST,     FILTER, "pick-institution", "i",            "pick institutions") \
	_(PICK_TOPIC,    FILTER, "pick-topic",       "t",            "pick topics") \
	_(PICK_TAG,      FILTER, "pick-tag",         "",             "pick tags") \
	_(SCORE,         FILTER, "min-score",        "s",            "minimum score, or a range like 5..50") \
	_(CLEAR,         FILTER, "clear-filter",     "c",            "clear every filter") \
	_(FAV_ONLY,      FILTER, "favourites-only",  "F",            "favourites only (on/off)") \
	_(UNREAD_ONLY,   FILTER, "unread-only",      "u",            "unread only (on/off)") \
	_(SORT_NEXT,     FILTER, "sort-next",        "o",            "next sort order") \
	_(SORT_REVERSE,  FILTER, "sort-reverse",     "O",            "reverse the sort order") \
	_(SAVED_1,       FILTER, "search-1",         "1",            "saved search 1") \
	_(SAVED_2,       FILTER, "search-2",         "2",            "saved search 2") \
	_(SAVED_3,       FILTER, "search-3",         "3",            "saved search 3") \
	_(SAVED_4,       FILTER, "search-4",         "4",            "saved search 4") \
	_(SAVED_5,       FILTER, "search-5",         "5",            "saved search 5") \
	_(SAVED_6,       FILTER, "search-6",         "6",            "saved search 6") \
	_(SAVED_7,       FILTER, "search-7",         "7",            "saved search 7") \
	_(SAVED_8,       FILTER, "search-8",         "8",            "saved search 8") \
	_(SAVED_9,       FILTER, "search-9",         "9",            "saved search 9") \
	_(FAVOURITE,     PAPER,  "favourite",        "*",            "favourite on/off (marked papers)") \
	_(TAG,           PAPER,  "tag",              "T",            "add/remove tags (marked papers)") \
	_(READ,          PAPER,  "toggle-read",      "r",            "read/unread (marked papers)") \
	_(NOTE,          PAPER,  "note",             "n",            "edit the note in $EDITOR") \
	_(MARK,          PAPER,  "mark",             "Space",        "mark/unmark the paper") \
	_(UNMARK_ALL,    PAPER,  "unmark-all",       "M",            "unmark every paper") \
	_(UNDO,          PAPER,  "undo",             "U",            "undo the last change") \
	_(BROWSE,        OUT,    "open-browser",     "x",            "open the paper's page in the browser") \
	_(COPY_LINK,     OUT,    "copy-link",        "y",            "copy the link (OSC 52)") \
	_(COPY_BIBTEX,   OUT,    "copy-bibtex",      "Y",            "copy the BibTeX entry (OSC 52)") \
	_(EXPORT,        OUT,    "export",           "e",            "export the view (or marked papers) to a file")

enum ui_action {
	ACT_NONE = 0,
#define UI_ACTION_ENUM(id, group, name, keys, help) ACT_##id,
	UI_ACTIONS(UI_ACTION_ENUM)
#undef UI_ACTION_ENUM
	ACT_COUNT
};

enum ui_action_group { GROUP_MOVE, GROUP_VIEW, GROUP_FILTER, GROUP_PAPER, GROUP_OUT, GROUP_COUNT };

const char *ui_action_name(enum ui_action a);         /* "move-down"; NULL for ACT_NONE */
const char *ui_action_help(enum ui_action a);
const char *ui_action_default_keys(enum ui_action a); /* "j Down" */
enum ui_action_group ui_action_group(enum ui_action a);
const char *ui_action_group_title(enum ui_action_group g); /* "Moving", ... */
/* By config name; ACT_NONE when unknown. */
enum ui_action ui_action_from_name(const char *name);

#endif
