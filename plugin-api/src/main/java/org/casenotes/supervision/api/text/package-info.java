/** How stored text is shown safely: the same neutralisation the packet applies, for hosts. */
package org.casenotes.supervision.api.text;
