namespace ActorGraph.Storage.Neo4j.Tests;

public sealed class Neo4jOptionsTests
{
    [Fact]
    public void Configuration_keys_are_read_case_insensitively_with_the_default_database()
    {
        var options = Neo4jOptions.FromConfiguration(new Dictionary<string, string?>
        {
            ["neo4j:uri"] = "http://neo4j:7474",
            ["Neo4j:User"] = "neo4j",
            ["NEO4J:PASSWORD"] = "s3cret",
            ["Other:Uri"] = "ignored",
        });

        Assert.Equal((new Uri("http://neo4j:7474"), "neo4j", "neo4j", "s3cret", (string?)null),
            (options.Uri, options.Database, options.User, options.Password, options.Token));
    }

    [Fact]
    public void Configuration_reads_database_and_token()
    {
        var options = Neo4jOptions.FromConfiguration(new Dictionary<string, string?>
        {
            ["Neo4j:Uri"] = "https://abcd1234.databases.neo4j.io",
            ["Neo4j:Database"] = "news",
            ["Neo4j:Token"] = "eyJ.token",
        });

        Assert.Equal(("news", "eyJ.token", "a bearer token"), (options.Database, options.Token, options.Principal));
    }

    [Fact]
    public void Request_timeout_is_read_in_whole_seconds_to_match_the_servers_transaction_timeout()
    {
        var options = Neo4jOptions.FromConfiguration(new Dictionary<string, string?> { ["Neo4j:Uri"] = "http://neo4j:7474", ["Neo4j:RequestTimeoutSeconds"] = "45" });

        Assert.Equal(TimeSpan.FromSeconds(45), options.RequestTimeout);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("00:01:40")]
    public void Request_timeout_that_is_not_whole_seconds_names_the_setting(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => Neo4jOptions.FromConfiguration(
            new Dictionary<string, string?> { ["Neo4j:Uri"] = "http://neo4j:7474", ["Neo4j:RequestTimeoutSeconds"] = value }));

        Assert.StartsWith($"Neo4j:RequestTimeoutSeconds '{value}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_uri_names_the_setting()
    {
        var error = Assert.Throws<ArgumentException>(() => Neo4jOptions.FromConfiguration(new Dictionary<string, string?> { ["Neo4j:User"] = "neo4j" }));

        Assert.StartsWith("Neo4j:Uri is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_uri_names_the_setting()
    {
        var error = Assert.Throws<ArgumentException>(() => Neo4jOptions.FromConfiguration(new Dictionary<string, string?> { ["Neo4j:Uri"] = "localhost:7474x" }));

        Assert.Contains("Neo4j:Uri", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bolt://localhost:7687")]
    [InlineData("neo4j+s://abcd.databases.neo4j.io")]
    public void Bolt_address_is_refused_with_the_http_address_to_use(string uri)
    {
        var errors = new Neo4jOptions { Uri = new Uri(uri) }.GetValidationErrors();

        Assert.Contains(errors, e => e.Contains("is a Bolt address", StringComparison.Ordinal) && e.Contains("http://host:7474", StringComparison.Ordinal));
    }

    [Fact]
    public void Token_and_password_together_are_refused()
    {
        var errors = new Neo4jOptions { Uri = new Uri("http://localhost:7474"), User = "neo4j", Password = "x", Token = "t" }.GetValidationErrors();

        Assert.Equal(["Set either Neo4j:Token or Neo4j:User and Neo4j:Password, not both."], errors);
    }

    [Fact]
    public void User_without_password_is_refused()
    {
        var errors = new Neo4jOptions { Uri = new Uri("http://localhost:7474"), User = "neo4j" }.GetValidationErrors();

        Assert.Equal(["Neo4j:User is set but Neo4j:Password is not."], errors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("db")]
    [InlineData("1news")]
    [InlineData("news/../system")]
    public void Bad_database_name_is_refused(string database)
    {
        var errors = new Neo4jOptions { Uri = new Uri("http://localhost:7474"), Database = database }.GetValidationErrors();

        Assert.Contains(errors, e => e.StartsWith("Neo4j:Database", StringComparison.Ordinal));
    }

    [Fact]
    public void Credentials_in_the_uri_are_refused()
    {
        var errors = new Neo4jOptions { Uri = new Uri("http://neo4j:secret@localhost:7474") }.GetValidationErrors();

        Assert.Contains(errors, e => e.Contains("Neo4j:User and Neo4j:Password", StringComparison.Ordinal));
    }

    [Fact]
    public void Errors_name_the_section_they_were_bound_from()
    {
        var errors = new Neo4jOptions { Uri = new Uri("http://localhost:7474"), MaxRetries = -1, PageSize = 0 }.GetValidationErrors("Store:Neo4j");

        Assert.Equal(["Store:Neo4j:MaxRetries must be zero or more, not -1.", "Store:Neo4j:PageSize must be positive, not 0."], errors);
    }

    [Fact]
    public void Text_form_hides_password_and_token()
    {
        var text = new Neo4jOptions { Uri = new Uri("http://localhost:7474"), User = "neo4j", Password = "hunter2" }.ToString()
            + new Neo4jOptions { Uri = new Uri("http://localhost:7474"), Token = "tok-123" };

        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-123", text, StringComparison.Ordinal);
        Assert.Contains("Password = ***", text, StringComparison.Ordinal);
    }
}
