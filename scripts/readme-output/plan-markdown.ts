// `trib plan --output markdown`: the same change as plan.ts, as the pull-request comment CI posts.

import { changedStack } from "./plan.ts";
import { terminal } from "./support/terminal.ts";

export const marker = "plan-markdown";

export const capture = () => changedStack((dir) => terminal(["plan", "bp", "--output", "markdown"], dir));
