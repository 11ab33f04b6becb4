--TEST--
__FILE__ is the script's full path
--FILE--
<?php
echo __FILE__, "\n";
echo strlen(__FILE__) > 4 ? "long enough\n" : "short\n";
--EXPECTF--
%s
long enough
