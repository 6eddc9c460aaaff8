package org.vademecum.trees;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vademecum.diag.Diagnostics;
import org.vademecum.model.tree.Branch;
import org.vademecum.model.tree.DecisionTree;

/**
 * Finds the cycles among a tree's questions (branches to outcomes or to unknown nodes are ignored) and reports
 * each at the branch that closes it, e.g. {@code cycle: debut -> accord -> debut}. Never recurses.
 */
final class TreeCycles {
    private TreeCycles() {}

    /** Reports every cycle among the questions of {@code tree}; true when there is none. */
    static boolean report(DecisionTree tree, Diagnostics diagnostics) {
        Map<String, Integer> state = new HashMap<>();
        boolean ok = true;
        for (String id : tree.questions().keySet()) {
            if (!state.containsKey(id)) ok &= dfs(tree, id, state, diagnostics);
        }
        return ok;
    }

    /**
     * Depth-first search from {@code root} that reports each back edge as a cycle. Iterative, with an explicit
     * stack of (question, next branch index), because authors control the depth (a 10,000-question chain).
     */
    private static boolean dfs(DecisionTree tree, String root, Map<String, Integer> state, Diagnostics diagnostics) {
        boolean ok = true;
        List<String> stack = new ArrayList<>();
        Map<String, Integer> indexOnStack = new HashMap<>();
        Deque<int[]> next = new ArrayDeque<>();
        state.put(root, 1);
        stack.add(root);
        indexOnStack.put(root, 0);
        next.push(new int[] {0});
        while (!stack.isEmpty()) {
            String id = stack.get(stack.size() - 1);
            List<Branch> branches = tree.questions().get(id).branches();
            int[] i = next.peek();
            if (i[0] == branches.size()) {
                stack.remove(stack.size() - 1);
                indexOnStack.remove(id);
                next.pop();
                state.put(id, 2);
                continue;
            }
            Branch b = branches.get(i[0]++);
            if (!tree.questions().containsKey(b.next())) continue;
            Integer s = state.get(b.next());
            if (s == null) {
                state.put(b.next(), 1);
                indexOnStack.put(b.next(), stack.size());
                stack.add(b.next());
                next.push(new int[] {0});
            } else if (s == 1) {
                ok = false;
                List<String> cycle = new ArrayList<>(stack.subList(indexOnStack.get(b.next()), stack.size()));
                cycle.add(b.next());
                diagnostics.error(b.nextPosition(), "cycle: " + String.join(" -> ", cycle),
                        "a branch must lead further down the tree (to a question not yet asked, or to an outcome)");
            }
        }
        return ok;
    }
}
