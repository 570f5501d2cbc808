using System.Text;

namespace SearchService.Core.Search.Query;

/// <summary>
/// Parses the query language people type: words (space = AND), <c>"phrases"</c>, <c>-exclude</c> / <c>NOT</c>,
/// <c>OR</c> (binds tighter than the implicit AND, as in web search: <c>工资 集体协商 OR 协商</c>), parentheses,
/// and <c>organisation:</c> / <c>region:</c> / <c>theme:</c> filters. Full-width quotes, parentheses and spaces count
/// as their ASCII forms because Chinese input methods produce them. Everything else is rejected with a position.
/// </summary>
public static class UserQueryParser
{
    public static readonly IReadOnlyList<string> Fields = ["organisation", "region", "theme"];

    private static readonly Dictionary<string, string> FieldAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["organisation"] = "organisation",
        ["organization"] = "organisation",
        ["org"] = "organisation",
        ["region"] = "region",
        ["theme"] = "theme",
    };

    /// <summary>More would only make slow queries (and Lucene's clause limit) reachable from a text box.</summary>
    public const int MaxTerms = 64;

    public const int MaxNesting = 16;

    public static QueryNode Parse(string? query)
    {
        var tokens = Lex(query ?? "");
        if (tokens.Count == 0) return new MatchAllNode();
        var terms = tokens.Where(t => t.Kind is TokenKind.Word or TokenKind.Phrase or TokenKind.Field).ToList();
        if (terms.Count > MaxTerms)
            throw new QuerySyntaxException($"too many words ({terms.Count}); a query may have at most {MaxTerms}", terms[MaxTerms].Position);
        var depth = 0;
        foreach (var t in tokens)
        {
            depth += t.Kind == TokenKind.Open ? 1 : t.Kind == TokenKind.Close ? -1 : 0;
            if (depth > MaxNesting) throw new QuerySyntaxException($"parentheses nested deeper than {MaxNesting} levels", t.Position);
        }
        var reader = new TokenReader(tokens, (query ?? "").Length);
        var node = ParseAnd(reader, insideParens: false);
        if (!reader.AtEnd)
        {
            var t = reader.Peek;
            throw new QuerySyntaxException(t.Kind == TokenKind.Close ? "')' has no matching '('" : $"unexpected '{t.Text}'", t.Position);
        }
        return node;
    }

    private static QueryNode ParseAnd(TokenReader reader, bool insideParens)
    {
        var children = new List<QueryNode>();
        while (!reader.AtEnd && reader.Peek.Kind != TokenKind.Close)
        {
            if (reader.Peek.Kind == TokenKind.And)
            {
                var and = reader.Next();
                if (children.Count == 0) throw new QuerySyntaxException("'AND' needs a word before it", and.Position);
                if (reader.AtEnd || reader.Peek.Kind is TokenKind.Close or TokenKind.And or TokenKind.Or)
                    throw new QuerySyntaxException("'AND' needs a word after it", and.Position);
                continue;
            }
            children.Add(ParseOr(reader));
        }
        if (children.Count == 0)
        {
            var position = reader.AtEnd ? reader.Length : reader.Peek.Position;
            throw new QuerySyntaxException(insideParens ? "empty parentheses" : "nothing to search for", position);
        }
        return children.Count == 1 ? children[0] : new AndNode(children);
    }

    private static QueryNode ParseOr(TokenReader reader)
    {
        if (reader.Peek.Kind == TokenKind.Or) throw new QuerySyntaxException("'OR' needs a word before it", reader.Peek.Position);
        var children = new List<QueryNode> { ParseUnary(reader) };
        while (!reader.AtEnd && reader.Peek.Kind == TokenKind.Or)
        {
            var or = reader.Next();
            if (reader.AtEnd || reader.Peek.Kind is TokenKind.Close or TokenKind.Or or TokenKind.And)
                throw new QuerySyntaxException("'OR' needs a word after it", or.Position);
            children.Add(ParseUnary(reader));
        }
        return children.Count == 1 ? children[0] : new OrNode(children);
    }

    private static QueryNode ParseUnary(TokenReader reader)
    {
        var token = reader.Next();
        switch (token.Kind)
        {
            case TokenKind.Not:
                if (reader.AtEnd || reader.Peek.Kind is TokenKind.Close or TokenKind.Or or TokenKind.And or TokenKind.Not)
                    throw new QuerySyntaxException($"'{token.Text}' must be followed by a word to exclude", token.Position);
                return new NotNode(ParseUnary(reader));
            case TokenKind.Open:
                var inner = ParseAnd(reader, insideParens: true);
                if (reader.AtEnd) throw new QuerySyntaxException("'(' is never closed", token.Position);
                reader.Next();
                return inner;
            case TokenKind.Phrase:
                return new PhraseNode(token.Text);
            case TokenKind.Field:
                return new FieldNode(token.Field!, token.Text);
            case TokenKind.Word:
                return new TermNode(token.Text);
            case TokenKind.Close:
                throw new QuerySyntaxException("')' has no matching '('", token.Position);
            default:
                throw new QuerySyntaxException($"'{token.Text}' needs a word before it", token.Position);
        }
    }

    private static List<Token> Lex(string query)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (IsSpace(c))
            {
                i++;
                continue;
            }
            if (IsOpen(c))
            {
                tokens.Add(new Token(TokenKind.Open, "(", i));
                i++;
                continue;
            }
            if (IsClose(c))
            {
                tokens.Add(new Token(TokenKind.Close, ")", i));
                i++;
                continue;
            }
            // A closing curly quote with nothing open is a stray mark of a phrase copied from a page (送清凉”宣传车队, its
            // opening quote left behind): it parts two words, as a space would, instead of opening a phrase nothing closes.
            if (c == '”')
            {
                i++;
                continue;
            }
            if (IsQuote(c))
            {
                var (text, end) = ReadQuoted(query, i);
                if (!string.IsNullOrWhiteSpace(text)) tokens.Add(new Token(TokenKind.Phrase, text, i));
                i = end;
                continue;
            }
            if (c == '-' && (i + 1 >= query.Length || IsSpace(query[i + 1]) || IsClose(query[i + 1])))
                throw new QuerySyntaxException("'-' must be followed by a word to exclude, without a space", i);
            if (c == '-')
            {
                tokens.Add(new Token(TokenKind.Not, "-", i));
                i++;
                continue;
            }
            var start = i;
            var word = ReadWord(query, ref i);
            var fieldColon = word.IndexOf(':');
            if (fieldColon > 0 && IsAsciiName(word.AsSpan(0, fieldColon)))
            {
                var name = word[..fieldColon];
                if (!FieldAliases.TryGetValue(name, out var field))
                    throw new QuerySyntaxException($"unknown field '{name}'; filters are organisation:, region: and theme:", start);
                var value = word[(fieldColon + 1)..];
                var valueStart = start + fieldColon + 1;
                if (value.Length == 0 && valueStart < query.Length && IsQuote(query[valueStart]) && query[valueStart] != '”')
                {
                    (value, i) = ReadQuoted(query, valueStart);
                }
                if (string.IsNullOrWhiteSpace(value))
                    throw new QuerySyntaxException($"'{name}:' needs a value, e.g. {field}:苏州市总工会", start);
                tokens.Add(new Token(TokenKind.Field, value.Trim(), start, field));
                continue;
            }
            var kind = word switch
            {
                "AND" or "&&" => TokenKind.And,
                "OR" or "||" => TokenKind.Or,
                "NOT" => TokenKind.Not,
                _ => TokenKind.Word,
            };
            if (kind == TokenKind.Word) CheckUnsupported(word, start);
            tokens.Add(new Token(kind, word, start));
        }
        return tokens;
    }

    private static void CheckUnsupported(string word, int start)
    {
        var star = word.IndexOf('*');
        if (star >= 0)
            throw new QuerySyntaxException("wildcards ('*') are not supported; Chinese words are matched whole and by their characters already", start + star);
        var tilde = word.IndexOf('~');
        if (tilde >= 0)
            throw new QuerySyntaxException("fuzzy search ('~') is not supported; remove the '~'", start + tilde);
    }

    private static string ReadWord(string query, ref int i)
    {
        var sb = new StringBuilder();
        while (i < query.Length && !IsSpace(query[i]) && !IsOpen(query[i]) && !IsClose(query[i]))
        {
            if (IsQuote(query[i])) break;
            sb.Append(query[i]);
            i++;
        }
        return sb.ToString();
    }

    private static (string Text, int End) ReadQuoted(string query, int open)
    {
        var close = -1;
        for (var j = open + 1; j < query.Length; j++)
        {
            if (IsQuote(query[j]) && query[j] != '“')
            {
                close = j;
                break;
            }
        }
        if (close < 0) throw new QuerySyntaxException("quote is never closed", open);
        return (query[(open + 1)..close], close + 1);
    }

    private static bool IsAsciiName(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!char.IsAsciiLetter(c) && c != '_') return false;
        return true;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u3000';

    private static bool IsOpen(char c) => c is '(' or '（';

    private static bool IsClose(char c) => c is ')' or '）';

    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '＂';

    private enum TokenKind { Word, Phrase, Field, And, Or, Not, Open, Close }

    private sealed record Token(TokenKind Kind, string Text, int Position, string? Field = null);

    private sealed class TokenReader(List<Token> tokens, int length)
    {
        private int index;

        public int Length => length;

        public bool AtEnd => index >= tokens.Count;

        public Token Peek => tokens[index];

        public Token Next() => tokens[index++];
    }
}
