package org.mbcnav.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void textAndAttributesAreEscaped() {
        String out = new Html().el("p", "<script>alert('x')</script> & \"q\"", "title", "a\"b<c").toString();
        assertThat(out).isEqualTo("<p title=\"a&quot;b&lt;c\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</p>");
    }

    @Test
    void nullAttributesAreLeftOutAndVoidElementsClosed() {
        assertThat(new Html().empty("input", "name", "a", "value", null).toString()).isEqualTo("<input name=\"a\"/>");
    }

    @Test
    void controlCharactersAreDropped() {
        assertThat(Html.escape("a\u0000b\u0007c\nd")).isEqualTo("abc\nd");
    }

    @Test
    void attributesMustBePairs() {
        assertThatThrownBy(() -> new Html().open("a", "href")).isInstanceOf(IllegalArgumentException.class);
    }
}
