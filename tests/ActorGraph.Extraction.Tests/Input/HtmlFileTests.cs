namespace ActorGraph.Extraction.Tests.Input;

public sealed class HtmlFileTests : IDisposable
{
    private const string ExpectedBody =
        "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Thursday, the Kremlin said, in a visit that Washington criticised.\n\n"
        + "The two leaders signed a joint statement on \"strategic partnership\" and “a multipolar world”. Officials said more talks would follow.\n\n"
        + "Ukraine’s foreign ministry accused Beijing of supporting Russia’s war effort, a charge China denied.";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_news_page_yields_its_body_only()
    {
        var path = folder.Write("xi-visit.html", Some.Page());

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Empty(result.Errors);
        var article = Assert.Single(result.Articles);
        Assert.Equal("xi-visit.html", article.Id);
        Assert.Equal("Xi visits Moscow", article.Title);
        Assert.Equal(ExpectedBody, article.Text);
    }

    [Fact]
    public async Task Teaser_blocks_appeals_and_copyright_inside_the_article_are_removed_wherever_they_sit()
    {
        var inside = """
            <div class="teaser-list"><a href="/c">Spain and Portugal sign a water pact</a></div>
            <div id="donate-box"><p>Our journalism depends on you.</p></div>
            <p>Dear readers, please support us with a donation.</p>
            <p>© 2025 Example News. All rights reserved.</p>
            <div class="social-share"><a href="#">Share on X</a></div>
            <aside><p>Turkey and Greece hold talks in Athens.</p></aside>
            """;
        var path = folder.Write("inside.htm", Some.Page(articleExtra: inside));

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Equal(ExpectedBody, Assert.Single(result.Articles).Text);
    }

    [Theory]
    [InlineData("""<meta property="article:published_time" content="2025-05-08T23:30:00-05:00">""")]
    [InlineData("""<meta property="og:published_time" content="2025-05-08T10:00:00Z">""")]
    [InlineData("""<meta name="date" content="2025-05-08">""")]
    [InlineData("""<meta name="pubdate" content="2025-05-08T08:00:00+02:00">""")]
    [InlineData("""<meta itemprop="datePublished" content="2025-05-08">""")]
    [InlineData("""<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Xi visits Moscow","datePublished":"2025-05-08T21:00:00+03:00"}</script>""")]
    [InlineData("""<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2025-05-08"}]}</script>""")]
    public async Task The_published_date_comes_from_page_metadata(string head)
    {
        var path = folder.Write("dated.html", Some.Page(head));

        var result = await Some.Reader(new DateOnly(2000, 1, 1)).ReadFileAsync(path);

        Assert.Equal(new DateOnly(2025, 5, 8), Assert.Single(result.Articles).Published);
    }

    [Fact]
    public async Task A_time_element_in_the_article_gives_the_published_date()
    {
        var path = folder.Write("time.html", Some.Page(articleExtra: """<p class="meta">Published <time datetime="2025-05-08T09:15:00+01:00">8 May</time></p>"""));

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Equal(new DateOnly(2025, 5, 8), Assert.Single(result.Articles).Published);
    }

    [Fact]
    public async Task Open_graph_beats_a_time_element()
    {
        var path = folder.Write("both.html", Some.Page(
            head: """<meta property="article:published_time" content="2025-05-07">""",
            articleExtra: """<time datetime="2025-05-08">8 May</time>"""));

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Equal(new DateOnly(2025, 5, 7), Assert.Single(result.Articles).Published);
    }

    [Fact]
    public async Task A_page_without_a_date_takes_the_default_or_none()
    {
        var path = folder.Write("undated.html", Some.Page());

        Assert.Equal(new DateOnly(2025, 5, 10), Assert.Single((await Some.Reader(new DateOnly(2025, 5, 10)).ReadFileAsync(path)).Articles).Published);
        Assert.Null(Assert.Single((await Some.Reader().ReadFileAsync(path)).Articles).Published);
    }

    [Fact]
    public async Task An_unparseable_meta_date_is_skipped_for_the_next_source()
    {
        var path = folder.Write("odd.html", Some.Page("""<meta property="article:published_time" content="soon"><meta name="date" content="2025-05-08">"""));

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Equal(new DateOnly(2025, 5, 8), Assert.Single(result.Articles).Published);
    }

    [Fact]
    public async Task Canonical_address_open_graph_title_and_site_name_are_kept()
    {
        var head = """
            <link rel="canonical" href="https://example.com/world/xi-visit">
            <meta property="og:title" content="Xi arrives in Moscow for talks with Putin">
            <meta property="og:site_name" content="Example News">
            """;
        var path = folder.Write("meta.html", Some.Page(head));

        var article = Assert.Single((await Some.Reader().ReadFileAsync(path)).Articles);

        Assert.Equal("https://example.com/world/xi-visit", article.Url);
        Assert.Equal("Xi arrives in Moscow for talks with Putin", article.Title);
        Assert.Equal("Example News", article.Source);
        Assert.Equal(ExpectedBody, article.Text);
    }

    [Fact]
    public async Task A_page_without_article_markup_still_yields_its_paragraphs()
    {
        var path = folder.Write("plain.html", $"<html><head><title>Talks</title></head><body><div><p>{Some.Body1}</p><p>{Some.Body2}</p></div><footer>© Example</footer></body></html>");

        var article = Assert.Single((await Some.Reader().ReadFileAsync(path)).Articles);

        Assert.Equal("Talks", article.Title);
        Assert.Equal($"{Some.Body1}\n\n{Some.Body2}", article.Text);
    }

    [Fact]
    public async Task Without_story_markup_the_main_content_is_chosen_over_link_lists()
    {
        var links = string.Concat(Enumerable.Range(1, 12).Select(i => $"<li><a href=\"/s{i}\">Germany and France sign deal number {i}</a></li>"));
        var paragraphs = string.Concat(Enumerable.Repeat($"<p>{Some.Body1} {Some.Body2}</p>", 4));
        var path = folder.Write("divs.html", $"<html><head><title>Talks</title></head><body><div><ul>{links}</ul></div><div><div>{paragraphs}</div></div></body></html>");

        var article = Assert.Single((await Some.Reader().ReadFileAsync(path)).Articles);

        Assert.Equal(string.Join("\n\n", Enumerable.Repeat($"{Some.Body1} {Some.Body2}", 4)), article.Text);
    }

    [Fact]
    public async Task Teaser_articles_beside_the_story_are_left_out()
    {
        var teasers = string.Concat(Enumerable.Range(1, 3).Select(i => $"<article class=\"card\"><h3>Story {i}</h3><p>Spain and Portugal talk {i}.</p></article>"));
        var story = string.Concat(Enumerable.Repeat($"<p>{Some.Body1} {Some.Body2}</p>", 3));
        var path = folder.Write("cards.html", $"<html><body><article><h1>Xi visits Moscow</h1>{story}</article><section>{teasers}</section></body></html>");

        var article = Assert.Single((await Some.Reader().ReadFileAsync(path)).Articles);

        Assert.Equal("Xi visits Moscow", article.Title);
        Assert.Equal(string.Join("\n\n", Enumerable.Repeat($"{Some.Body1} {Some.Body2}", 3)), article.Text);
    }

    [Fact]
    public async Task Headings_list_items_and_line_breaks_after_a_sentence_become_separate_paragraphs()
    {
        var path = folder.Write("list.html", """
            <html><body><article>
            <h2>Talks in Geneva</h2>
            <p>Russia and Ukraine held talks in Geneva.</p>
            <ul><li>Sanctions on banks</li><li>Aid to Kyiv</li></ul>
            <p>The United States welcomed the talks.<br>China said nothing.</p>
            </article></body></html>
            """);

        var article = Assert.Single((await Some.Reader().ReadFileAsync(path)).Articles);

        Assert.Equal(
            "Talks in Geneva\n\nRussia and Ukraine held talks in Geneva.\n\nSanctions on banks\n\nAid to Kyiv\n\nThe United States welcomed the talks.\n\nChina said nothing.",
            article.Text);
    }

    [Fact]
    public async Task A_page_with_no_article_text_is_an_error()
    {
        var path = folder.Write("empty.html", "<html><head><title>Nothing</title></head><body><nav>Home</nav><footer>© 2025</footer></body></html>");

        var result = await Some.Reader().ReadFileAsync(path);

        Assert.Empty(result.Articles);
        Assert.StartsWith($"{path}: missing text", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fixture_wire_story_reads_as_its_body()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "input", "wire-story.html");

        var result = await Some.Reader().ReadFileAsync(path);

        var article = Assert.Single(result.Articles);
        Assert.Equal("wire-story.html", article.Id);
        Assert.Equal("Turkey hosts Russia-Ukraine prisoner exchange talks", article.Title);
        Assert.Equal(new DateOnly(2025, 5, 16), article.Published);
        Assert.Equal(
            "Turkish Foreign Minister Hakan Fidan hosted Russian and Ukrainian delegations in Istanbul on Friday for the first direct talks in three years.\n\n"
            + "The delegations agreed to exchange 1,000 prisoners each, Fidan said, while the Kremlin rejected Kyiv’s call for a ceasefire.\n\n"
            + "U.S. Secretary of State Marco Rubio welcomed the exchange but said “much work remains.”",
            article.Text);
    }
}
