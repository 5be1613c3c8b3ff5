using ActorGraph.Extraction.Input;

namespace ActorGraph.Extraction.Tests.Input;

/// <summary>Builders for input test data.</summary>
internal static class Some
{
    public const string Body1 = "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Thursday.";
    public const string Body2 = "The two leaders signed a joint statement on a multipolar world, officials said.";

    public static ArticleFileReader Reader(DateOnly? defaultPublished = null, long maxFileBytes = ArticleInputOptions.DefaultMaxFileBytes) =>
        new(new ArticleInputOptions { DefaultPublished = defaultPublished, MaxFileBytes = maxFileBytes });

    public static string JsonLine(string id, string text, string? published = null, string? title = "Xi visits Moscow") =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string?> { ["id"] = id, ["title"] = title, ["text"] = text, ["published"] = published });

    /// <summary>A news page with navigation, a teaser block, a donation appeal and copyright inside and outside the article.</summary>
    public static string Page(string head = "", string articleExtra = "") => $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Xi visits Moscow | Example News</title>{{head}}</head>
        <body>
        <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav></header>
        <main>
        <article>
          <h1>Xi visits Moscow</h1>
          <p class="byline">By Jane Doe</p>
          {{articleExtra}}
          <p>KYIV, May 8 (Reuters) - Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Thursday,
             the Kremlin said, in a visit that Washington criticised.</p>
          <figure><img src="xi.jpg" alt=""><figcaption>Xi and Putin in Moscow. (Photo: AFP)</figcaption></figure>
          <p>The two leaders signed a joint statement on &quot;strategic partnership&quot; and &ldquo;a multipolar world&rdquo;.&nbsp;Officials
             said   more talks would follow.</p>
          <p>Ukraine&#8217;s foreign ministry accused Beijing of supporting Russia&#8217;s war effort, a charge China denied.</p>
          <div class="related-stories"><h3>More World News</h3><ul><li><a href="/a">Floods hit Spain</a></li><li><a href="/b">Japan elects a new prime minister</a></li></ul></div>
          <section><h2>Most read</h2><p>Brazil beats Argentina in a friendly</p></section>
          <p>Dear readers, please support us with a donation.</p>
          <p>© 2025 Example News. All rights reserved.</p>
        </article>
        <aside><h2>Recommended</h2><p>Germany and France agree on a budget deal in Brussels.</p></aside>
        </main>
        <div class="newsletter-signup"><p>Sign up for our newsletter</p></div>
        <footer><p>© 2025 Example News. All rights reserved.</p></footer>
        </body></html>
        """;
}
