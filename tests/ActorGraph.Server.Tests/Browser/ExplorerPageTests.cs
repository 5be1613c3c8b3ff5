using ActorGraph.Server.Tests.Support;
using Microsoft.Playwright;

namespace ActorGraph.Server.Tests.Browser;

/// <summary>
/// The explorer page in Debian's Chromium, driven by Playwright: search an actor, see the network drawn, filter by type,
/// click an edge and read its evidence, find a path; a screenshot of each step lands in <c>screenshots/</c> beside the tests.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class ExplorerPageTests(SampleStore samples)
{
    /// <summary>Debian's Chromium; <c>.ci/run</c> installs it with apt. Playwright never downloads a browser here.</summary>
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string Screenshots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    [Fact]
    public async Task An_analyst_searches_filters_reads_evidence_and_finds_a_path_without_console_errors()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium package (apt-get install chromium)");
        await using var server = await ServerHost.StartOnLoopbackAsync(samples.Copy());
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        page.SetDefaultTimeout(20_000);
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add($"console: {message.Text}"); };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url}");

        // 1. Search with suggestions, chosen with the keyboard.
        await page.GotoAsync(server.Address.ToString());
        await page.Locator("#search").PressSequentiallyAsync("Puti");
        await page.Locator("#suggestions li", new PageLocatorOptions { HasText = "Vladimir Putin" }).WaitForAsync();
        await Shot(page, "01-search");
        await page.Locator("#search").PressAsync("ArrowDown");
        await page.Locator("#search").PressAsync("Enter");

        // 2. The ego network is drawn.
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Vladimir Putin:");
        var nodes = await page.EvaluateAsync<int>("() => window.explorer.cy.nodes().length");
        var edges = await page.EvaluateAsync<int>("() => window.explorer.cy.edges().length");
        Assert.True(nodes > 3, $"only {nodes} nodes drawn");
        Assert.True(await page.EvaluateAsync<bool>("() => window.explorer.cy.nodes().every(n => n.renderedPosition().x > 0 && n.renderedPosition().y > 0)"));
        await Shot(page, "02-network");

        // 3. Filter by type: without CONSULT no meeting edge is left, and fewer edges are drawn.
        Assert.True(await page.EvaluateAsync<bool>("() => window.explorer.cy.edges().some(e => e.data('type') === 'CONSULT')"));
        await page.Locator("#types input[value=CONSULT]").UncheckAsync();
        await page.WaitForFunctionAsync("() => !window.explorer.cy.edges().some(e => e.data('type') === 'CONSULT')");
        var filtered = await page.EvaluateAsync<int>("() => window.explorer.cy.edges().length");
        Assert.InRange(filtered, 1, edges - 1);
        await Shot(page, "03-filter");

        // 4. Click an edge on the canvas and read the sentences behind it.
        var point = await page.EvaluateAsync<double[]>("""
            () => {
              const cy = window.explorer.cy;
              const edge = cy.edges().filter(e => e.source().id() !== e.target().id()).sort((a, b) => b.data('events') - a.data('events'))[0];
              const box = cy.container().getBoundingClientRect();
              const mid = edge.renderedMidpoint();
              return [box.left + mid.x, box.top + mid.y];
            }
            """);
        await page.Mouse.ClickAsync((float)point[0], (float)point[1]);
        var sentence = page.Locator("#details-body .evidence li q").First;
        await sentence.WaitForAsync();
        Assert.False(string.IsNullOrWhiteSpace(await sentence.TextContentAsync()));
        await Assertions.Expect(page.Locator("#details-body .evidence li").First).ToContainTextAsync("article");
        await Shot(page, "04-evidence");

        // 5. Find a path between two actors by name.
        await page.Locator("#path-from").FillAsync("Xi Jinping");
        await page.Locator("#path-to").FillAsync("Zelensky");
        await page.Locator("#path-find").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Shortest path: Xi Jinping →");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Volodymyr Zelensky");
        Assert.True(await page.EvaluateAsync<int>("() => window.explorer.cy.nodes('.on-path').length") >= 3);
        await Shot(page, "05-path");

        Assert.Empty(problems);
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png") });
}
