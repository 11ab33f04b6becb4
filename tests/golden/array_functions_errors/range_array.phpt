--TEST--
argument check: range([], 1);
--FILE--
<?php
range([], 1);
--EXPECT--
