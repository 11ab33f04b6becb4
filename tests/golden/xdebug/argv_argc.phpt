--TEST--
$argv is shared with $_SERVER['argv'] from the start; $argc is an int
--FILE--
<?php
xdebug_debug_zval('argv', 'argc');
--EXPECTF--
argv: (refcount=2, is_ref=0)=array (0 => (refcount=1, is_ref=0)='%s')
argc: (refcount=0, is_ref=0)=1
