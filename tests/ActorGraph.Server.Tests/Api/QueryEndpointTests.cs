using System.Net;
using ActorGraph.Server.Tests.Support;

namespace ActorGraph.Server.Tests.Api;

/// <summary>The read endpoints over the store built from the sample articles; actors named by name or by id alike.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class QueryEndpointTests(SampleStore samples)
{
    private readonly ServerHost server = samples.Server;

    [Fact]
    public async Task Search_puts_prefix_matches_first_by_degree_then_close_spellings()
    {
        var found = await server.Client.GetJsonAsync("/api/v1/actors?search=put&limit=5");
        var first = found.GetProperty("actors")[0];
        Assert.Equal("person/vladimir-putin", first.GetProperty("id").GetString());
        Assert.Equal("prefix", first.GetProperty("match").GetString());

        var misspelt = await server.Client.GetJsonAsync("/api/v1/actors?search=Zelenskiy");
        Assert.Contains(misspelt.GetProperty("actors").EnumerateArray(), a => a.GetProperty("id").GetString() == "person/volodymyr-zelensky");
    }

    [Fact]
    public async Task Search_ranks_hits_by_degree()
    {
        var found = await server.Client.GetJsonAsync("/api/v1/actors?search=u&limit=10");
        var degrees = found.GetProperty("actors").EnumerateArray().Where(a => a.GetProperty("match").GetString() == "prefix").Select(a => a.GetProperty("degree").GetInt32()).ToList();
        Assert.True(degrees.Count > 1);
        Assert.Equal(degrees.OrderDescending(), degrees);
    }

    [Theory]
    [InlineData("Putin")]
    [InlineData("person/vladimir-putin")]
    [InlineData("person%2Fvladimir-putin")]
    [InlineData("Vladimir%20Putin")]
    public async Task An_actor_is_found_by_name_or_by_id(string text)
    {
        var actor = await server.Client.GetJsonAsync($"/api/v1/actors/{text}");
        Assert.Equal("person/vladimir-putin", actor.GetProperty("id").GetString());
        Assert.True(actor.GetProperty("degree").GetInt32() > 0);
        Assert.Equal(actor.GetProperty("degree").GetInt32() > 0, actor.GetProperty("firstSeen").ValueKind == System.Text.Json.JsonValueKind.String);
        Assert.True(actor.GetProperty("topPartners").GetArrayLength() > 0);
        Assert.Contains("Putin", actor.Strings("aliases"));
    }

    [Fact]
    public async Task Top_partners_come_most_events_first()
    {
        var actor = await server.Client.GetJsonAsync("/api/v1/actors/country/RUS?top=5");
        var events = actor.GetProperty("topPartners").EnumerateArray().Select(p => p.GetProperty("events").GetInt32()).ToList();
        Assert.Equal(5, events.Count);
        Assert.Equal(events.OrderDescending(), events);
    }

    [Theory]
    [InlineData("/api/v1/actors/Putn", "id", "person/vladimir-putin")]
    [InlineData("/api/v1/actors/person/vladmir-putin", "id", "person/vladimir-putin")]
    [InlineData("/api/v1/neighbourhood/Zelenskyy", "id", "person/volodymyr-zelensky")]
    [InlineData("/api/v1/who-met/Xi%20Jinpin", "id", "person/xi-jinping")]
    [InlineData("/api/v1/paths?from=Putin&to=Trumpp", "to", "person/donald-trump")]
    [InlineData("/api/v1/alignment?a=Pution&b=Xi", "a", "person/vladimir-putin")]
    [InlineData("/api/v1/export?format=dot&around=Modl", "around", "person/narendra-modi")]
    [InlineData("/api/v1/relations/Putin/Xi%20Jinpng/evidence", "target", "person/xi-jinping")]
    public async Task An_unknown_actor_answers_404_with_did_you_mean_suggestions(string url, string parameter, string suggested)
    {
        using var response = await server.Client.GetAsync(url);
        var problem = await Json.ReadAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Contains("Did you mean", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(suggested, problem.GetProperty("suggestions").Each("id"));
    }

    [Fact]
    public async Task The_shortest_path_joins_two_named_actors()
    {
        var found = await server.Client.GetJsonAsync("/api/v1/paths?from=Xi%20Jinping&to=zelensky&since=2025-01-01");
        var path = found.GetProperty("paths")[0];
        Assert.Equal(2, path.GetProperty("length").GetInt32());
        var actors = path.GetProperty("actors").Each("id");
        Assert.Equal("person/xi-jinping", actors[0]);
        Assert.Equal("person/volodymyr-zelensky", actors[^1]);
        Assert.All(path.GetProperty("hops").EnumerateArray(), hop => Assert.NotEmpty(hop.GetProperty("relations").EnumerateArray()));
    }

    [Fact]
    public async Task K_paths_come_shortest_first_and_honour_the_type_filter()
    {
        var found = await server.Client.GetJsonAsync("/api/v1/paths?from=Putin&to=country/UKR&k=3&types=CONSULT,ASSAULT,AGREE");
        var paths = found.GetProperty("paths").EnumerateArray().ToList();
        Assert.True(paths.Count > 1);
        var lengths = paths.Select(p => p.GetProperty("length").GetInt32()).ToList();
        Assert.Equal(lengths.Order(), lengths);
        var types = paths.SelectMany(p => p.GetProperty("hops").EnumerateArray()).SelectMany(h => h.Strings("types")).ToHashSet();
        Assert.Subset(new HashSet<string> { "CONSULT", "ASSAULT", "AGREE" }, types);
    }

    [Fact]
    public async Task Unconnected_actors_answer_no_paths()
    {
        var found = await server.Client.GetJsonAsync("/api/v1/paths?from=Putin&to=country/UKR&types=RETREAT");
        Assert.Equal(0, found.GetProperty("paths").GetArrayLength());
    }

    [Fact]
    public async Task A_neighbourhood_holds_the_centre_its_neighbours_and_only_the_asked_types()
    {
        var view = await server.Client.GetJsonAsync("/api/v1/neighbourhood/country/RUS?depth=1&types=ASSAULT,CONSULT");
        var nodes = view.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal("country/RUS", nodes[0].GetProperty("id").GetString());
        Assert.Equal(0, nodes[0].GetProperty("distance").GetInt32());
        Assert.All(nodes.Skip(1), n => Assert.Equal(1, n.GetProperty("distance").GetInt32()));
        var relations = view.GetProperty("relations");
        Assert.NotEqual(0, relations.GetArrayLength());
        Assert.All(relations.EnumerateArray(), r => Assert.Contains(r.GetProperty("type").GetString(), new[] { "ASSAULT", "CONSULT" }));
        var ids = nodes.Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.All(relations.EnumerateArray(), r => Assert.True(ids.Contains(r.GetProperty("source").GetString()) && ids.Contains(r.GetProperty("target").GetString())));
    }

    [Fact]
    public async Task A_neighbourhood_over_the_limit_keeps_the_nearest_and_says_it_was_cut()
    {
        var whole = await server.Client.GetJsonAsync("/api/v1/neighbourhood/country/RUS?depth=2");
        var cut = await server.Client.GetJsonAsync("/api/v1/neighbourhood/country/RUS?depth=2&limit=5");
        Assert.False(whole.GetProperty("truncated").GetBoolean());
        Assert.True(cut.GetProperty("truncated").GetBoolean());
        Assert.Equal(5, cut.GetProperty("nodes").GetArrayLength());
        Assert.True(whole.GetProperty("nodes").GetArrayLength() > 5);
        Assert.True(cut.GetProperty("relations").GetArrayLength() < whole.GetProperty("relations").GetArrayLength());
    }

    [Fact]
    public async Task Who_met_lists_meetings_in_the_window()
    {
        var met = await server.Client.GetJsonAsync("/api/v1/who-met/Putin?since=2025-05-01&until=2025-05-31");
        var meetings = met.GetProperty("meetings").EnumerateArray().ToList();
        Assert.Contains(meetings, m => m.GetProperty("with").GetProperty("id").GetString() == "person/xi-jinping");
        Assert.All(meetings, m => Assert.All(m.Strings("dates"), d => Assert.StartsWith("2025-05", d, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Alignment_scores_a_pair_or_ranks_partners()
    {
        var pair = await server.Client.GetJsonAsync("/api/v1/alignment?a=Putin&b=Xi%20Jinping");
        Assert.Equal(1.0, pair.GetProperty("score").GetDouble());
        Assert.True(pair.GetProperty("verbalCooperation").GetInt32() > 0);

        var ranking = await server.Client.GetJsonAsync("/api/v1/alignment?a=country/RUS&top=3");
        Assert.InRange(ranking.GetProperty("aligned").GetArrayLength(), 1, 3);
        Assert.All(ranking.GetProperty("opposed").EnumerateArray(), s => Assert.True(s.GetProperty("score").GetDouble() < 0));
    }

    [Fact]
    public async Task Blocs_group_cooperating_actors_largest_first()
    {
        var blocs = await server.Client.GetJsonAsync("/api/v1/blocs?minSize=2&minEvents=1");
        var sizes = blocs.EnumerateArray().Select(b => b.GetProperty("members").GetArrayLength()).ToList();
        Assert.NotEmpty(sizes);
        Assert.Equal(sizes.OrderDescending(), sizes);
        Assert.All(blocs.EnumerateArray(), b => Assert.True(b.GetProperty("cohesion").GetDouble() >= 0.5));
    }

    [Theory]
    [InlineData("/api/v1/relations/person/vladimir-putin/person/xi-jinping/evidence")]
    [InlineData("/api/v1/relations/Putin/Xi%20Jinping/evidence")]
    [InlineData("/api/v1/relations/person%2Fvladimir-putin/Xi%20Jinping/evidence")]
    public async Task Evidence_gives_sentences_article_date_and_span_page_by_page(string url)
    {
        var first = await server.Client.GetJsonAsync(url + "?pageSize=1");
        var second = await server.Client.GetJsonAsync(url + "?pageSize=1&page=2");
        Assert.True(first.GetProperty("hasMore").GetBoolean());
        var a = first.GetProperty("events")[0];
        var b = second.GetProperty("events")[0];
        Assert.NotEqual(a.GetProperty("sentence").GetString(), b.GetProperty("sentence").GetString());
        Assert.Contains("Xi", a.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.EndsWith(".txt", a.GetProperty("articleId").GetString(), StringComparison.Ordinal);
        Assert.True(a.GetProperty("end").GetInt32() > a.GetProperty("start").GetInt32());
        Assert.Equal(2025, DateOnly.Parse(a.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture).Year);
    }

    [Fact]
    public async Task Evidence_of_one_type_holds_only_that_type()
    {
        var page = await server.Client.GetJsonAsync("/api/v1/relations/country/RUS/country/UKR/evidence?type=ASSAULT&pageSize=50");
        Assert.NotEqual(0, page.GetProperty("events").GetArrayLength());
        Assert.All(page.GetProperty("events").EnumerateArray(), e =>
        {
            Assert.Equal("ASSAULT", e.GetProperty("type").GetString());
            Assert.Equal("country/RUS", e.GetProperty("source").GetString());
        });
    }

    [Fact]
    public async Task Stats_say_what_is_served_and_which_snapshot()
    {
        using var response = await server.Client.GetAsync("/api/v1/stats");
        var stats = await Json.ReadAsync(response);
        var version = stats.GetProperty("snapshot").GetProperty("version").GetInt64();
        Assert.Equal(version.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-ActorGraph-Snapshot").Single());
        Assert.True(version >= 1);
        Assert.StartsWith("sqlite:", stats.GetProperty("store").GetString(), StringComparison.Ordinal);
        Assert.True(stats.GetProperty("articles").GetInt64() >= 30);
        Assert.True(stats.GetProperty("relations").GetInt64() > 50);
        Assert.False(stats.GetProperty("refreshing").GetBoolean());
    }

    [Fact]
    public async Task Health_says_live_and_ready()
    {
        Assert.Equal("live", (await server.Client.GetJsonAsync("/api/v1/health/live")).GetProperty("status").GetString());
        var ready = await server.Client.GetJsonAsync("/api/v1/health/ready");
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.True(ready.GetProperty("snapshot").GetInt64() >= 1);
    }

    [Fact]
    public async Task An_unknown_route_answers_a_problem_document()
    {
        using var response = await server.Client.GetAsync("/api/v1/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
