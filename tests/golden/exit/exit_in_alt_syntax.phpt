--TEST--
exit in inline HTML mode and in a condition
--FILE--
<?php if (true): ?>
shown
<?php exit; endif; ?>
not shown
--EXPECT--
shown
