package org.skynetkg.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.engine.main.StageBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.sparql.util.Context;

/**
 * The SHACL-SPARQL constraints ({@code sh:sparql} with {@code sh:select}) of the target node shapes, with their
 * algebra compiled and optimised once. Jena's validator compiles and optimises a constraint's query again for every
 * focus node, which was two thirds of the time spent validating a document; here each focus node only costs the
 * query's evaluation. {@code $this} is pre-bound to the focus node by substitution, as Jena does.
 *
 * <p>Only constraints whose results cannot differ from Jena's are taken: those of node shapes that no other shape
 * refers to (a nested shape is validated by the core engine), whose query does not use {@code $PATH},
 * {@code $shapesGraph} or {@code $currentShape}. The others stay in the shapes for Jena's engine.
 */
final class PreparedSparqlConstraints {
    private static final Var THIS = Var.alloc("this");
    private static final Var VALUE = Var.alloc("value");
    private static final Var PATH_OUT = Var.alloc("path");
    private static final Set<Var> UNSUPPORTED = Set.of(Var.alloc("PATH"), Var.alloc("shapesGraph"), Var.alloc("currentShape"));
    private static final Pattern TEMPLATE_VAR = Pattern.compile("\\{[?$]([A-Za-z_][A-Za-z0-9_]*)\\}");

    private record Prepared(SparqlConstraint constraint, Op op) {
    }

    private final Map<Node, List<Prepared>> byShape;

    private PreparedSparqlConstraints(Map<Node, List<Prepared>> byShape) {
        this.byShape = byShape;
    }

    /** Takes the constraints that can be prepared from {@code shapes}, parsed from {@code shapesGraph}. */
    static PreparedSparqlConstraints of(Shapes shapes, Graph shapesGraph) {
        Map<Node, List<Prepared>> byShape = new HashMap<>();
        for (Shape shape : shapes.getTargetShapes()) {
            if (!shape.isNodeShape() || shapesGraph.contains(Node.ANY, Node.ANY, shape.getShapeNode())) {
                continue;
            }
            List<Prepared> prepared = new ArrayList<>();
            boolean all = true;
            for (Constraint c : shape.getConstraints()) {
                if (c instanceof SparqlConstraint sc) {
                    Op op = sc.getQuery().isSelectType() ? Algebra.compile(sc.getQuery()) : null;
                    if (op == null || OpVars.mentionedVars(op).stream().anyMatch(UNSUPPORTED::contains)) {
                        all = false;
                    } else {
                        prepared.add(new Prepared(sc, Algebra.optimize(op)));
                    }
                }
            }
            // All or none of a shape's sh:sparql: the shapes graph without them is what Jena's engine validates.
            if (all && !prepared.isEmpty()) {
                byShape.put(shape.getShapeNode(), List.copyOf(prepared));
            }
        }
        return new PreparedSparqlConstraints(byShape);
    }

    /** {@code shapesGraph} without the {@code sh:sparql} of the prepared shapes: the rest, for Jena's engine. */
    Graph remainder(Graph shapesGraph) {
        Graph rest = GraphFactory.createDefaultGraph();
        shapesGraph.find().forEachRemaining(t -> {
            if (!prepares(t)) {
                rest.add(t);
            }
        });
        rest.getPrefixMapping().setNsPrefixes(shapesGraph.getPrefixMapping());
        return rest;
    }

    /** Evaluates the prepared constraints of {@code shape} (if any) for {@code focus}, reporting into {@code context}. */
    void validate(ValidationContext context, Graph data, Shape shape, Node focus) {
        List<Prepared> constraints = byShape.get(shape.getShapeNode());
        if (constraints == null || shape.deactivated()) {
            return;
        }
        DatasetGraph dsg = DatasetGraphFactory.wrap(data);
        Context arq = ARQ.getContext().copy();
        // Basic graph patterns are matched in the order written. ARQ's default stage reorders each one again for every
        // binding that reaches it (once per evidence node, say), a fifth of the time these constraints took; the
        // queries in the shapes start from $this and name their other nodes through it.
        StageBuilder.setGenerator(arq, StageBuilder.executeInline);
        for (Prepared p : constraints) {
            // Evaluated with $this bound in the input, as a join: no substitution and no planning per focus node.
            QueryIterator rows = QC.execute(p.op(), BindingFactory.binding(THIS, focus), ExecutionContext.create(dsg, arq));
            try {
                while (rows.hasNext()) {
                    report(context, shape, focus, p.constraint(), rows.next());
                }
            } finally {
                rows.close();
            }
        }
    }

    private static void report(ValidationContext context, Shape shape, Node focus, SparqlConstraint c, Binding row) {
        Node value = row.contains(VALUE) ? row.get(VALUE) : focus;
        String message = c.getMessage() == null
                ? "SPARQL SELECT constraint for " + ShLib.displayStr(focus) + " returns " + ShLib.displayStr(value)
                : substitute(c.getMessage(), row);
        Path path = row.contains(PATH_OUT) ? PathFactory.pathLink(row.get(PATH_OUT)) : null;
        context.reportEntry(message, shape, focus, path, value, c, shape.getShapeNode());
    }

    /** {@code {?var}} and {@code {$var}} in a message template, replaced by the row's values. */
    static String substitute(String template, Binding row) {
        Matcher m = TEMPLATE_VAR.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Node n = row.get(Var.alloc(m.group(1)));
            String text = n == null ? m.group() : n.isLiteral() ? n.getLiteralLexicalForm() : ShLib.displayStr(n);
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        return m.appendTail(out).toString();
    }

    /** True if {@code t} is an {@code sh:sparql} triple evaluated here instead of by Jena's engine. */
    private boolean prepares(Triple t) {
        return t.getPredicate().equals(SHACL.sparql) && byShape.containsKey(t.getSubject());
    }
}
