--TEST--
Unsetting the self-reference element before dropping the array leaves nothing for the collector
--FILE--
<?php
$a = [1];
$a['me'] = &$a;
unset($a['me']);
unset($a);
var_dump(gc_collect_cycles());
--EXPECT--
int(0)
