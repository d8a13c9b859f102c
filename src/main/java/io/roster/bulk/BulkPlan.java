package io.roster.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The order to carry out a bulk request in: an operation after the POSTs whose bulkIds it refers
 * to, otherwise in the order sent, so a group may name members created further down (a forward
 * reference). Operations whose references go round in a circle (a group naming itself, two groups
 * naming each other) cannot be ordered; nor can those that depend on them. RFC 7644 §3.7.1 lets a
 * service stop there with 409 instead of creating and then patching.
 *
 * @param order the operations to carry out, in order
 * @param circular those left out, in the order sent
 */
record BulkPlan(List<BulkOperation> order, List<BulkOperation> circular) {
  static BulkPlan of(List<BulkOperation> operations) {
    Map<String, BulkOperation> creators = new HashMap<>();
    for (BulkOperation op : operations) {
      if (op.bulkId() != null && "POST".equalsIgnoreCase(op.method())) {
        creators.put(op.bulkId(), op);
      }
    }
    int[] waitingFor = new int[operations.size()];
    Map<Integer, List<BulkOperation>> dependents = new HashMap<>();
    for (BulkOperation op : operations) {
      for (String bulkId : op.references()) {
        BulkOperation creator = creators.get(bulkId);
        // An unknown bulkId is the operation's own error, found when it runs.
        if (creator != null) {
          waitingFor[op.index()]++;
          dependents.computeIfAbsent(creator.index(), k -> new ArrayList<>()).add(op);
        }
      }
    }
    PriorityQueue<BulkOperation> ready =
        new PriorityQueue<>((a, b) -> Integer.compare(a.index(), b.index()));
    operations.stream().filter(op -> waitingFor[op.index()] == 0).forEach(ready::add);
    List<BulkOperation> order = new ArrayList<>(operations.size());
    while (!ready.isEmpty()) {
      BulkOperation op = ready.poll();
      order.add(op);
      for (BulkOperation dependent : dependents.getOrDefault(op.index(), List.of())) {
        if (--waitingFor[dependent.index()] == 0) {
          ready.add(dependent);
        }
      }
    }
    List<BulkOperation> circular =
        operations.stream().filter(op -> waitingFor[op.index()] > 0).toList();
    return new BulkPlan(order, circular);
  }
}
