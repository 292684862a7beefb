package org.origo.ui.internal.ops;

import java.util.ArrayList;
import java.util.List;

import org.origo.api.Text;
import org.origo.model.Phase;
import org.origo.model.Plan;
import org.origo.model.PlanItem;
import org.origo.ui.internal.Operations;
import org.origo.ui.internal.Workbench;
import org.origo.ui.internal.i18n.UiMessages;
import org.origo.ui.internal.parts.PlanChecks;

/**
 * Moves plan items to another phase and pins them there. The item's reason follows it: it says
 * that it was moved by hand and to which phase, keeping the planner's reason behind it. Undo puts
 * back phase, pin and reason.
 */
public final class PlanMoveOperation extends ProjectOperation {

    private final Plan plan;
    private final List<PlanItem> items;
    private final Phase target;
    private final List<Phase> phases = new ArrayList<>();
    private final List<Boolean> pins = new ArrayList<>();
    private final List<String[]> reasons = new ArrayList<>();

    public PlanMoveOperation(Workbench wb, Plan plan, List<PlanItem> items, Phase target) {
        super(wb, Operations.label("op.plan.move", items.size(), target.getIndex()), "plan.move");
        this.plan = plan;
        this.items = List.copyOf(items);
        this.target = target;
        for (PlanItem it : this.items) {
            phases.add(it.getPhase());
            pins.add(it.isPinned());
            reasons.add(new String[] { it.getReasonEn(), it.getReasonZh() });
        }
    }

    @Override
    protected void apply() {
        PlanChecks.move(plan, items, target);
        for (int i = 0; i < items.size(); i++) {
            PlanItem it = items.get(i);
            Phase from = phases.get(i);
            if (from == target) {
                continue;
            }
            String[] r = reasons.get(i);
            Text moved = UiMessages.text("plan.reason.moved", target.getIndex(), String.valueOf(target.getYear()),
                    from == null ? "-" : String.valueOf(from.getIndex()));
            it.setReasonEn(moved.en() + (r[0] == null || r[0].isEmpty() ? "" : " " + r[0]));
            it.setReasonZh(moved.zh() + (r[1] == null || r[1].isEmpty() ? "" : r[1]));
        }
    }

    @Override
    protected void revert() {
        for (int i = 0; i < items.size(); i++) {
            PlanItem it = items.get(i);
            it.setPhase(phases.get(i));
            it.setPinned(pins.get(i));
            it.setReasonEn(reasons.get(i)[0]);
            it.setReasonZh(reasons.get(i)[1]);
        }
        PlanChecks.recount(plan);
    }

    @Override
    protected String detail() {
        return items.size() + " items -> phase " + target.getIndex() + " (" + target.getYear() + ")";
    }
}
