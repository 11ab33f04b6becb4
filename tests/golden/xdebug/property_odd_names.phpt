--TEST--
dynamic properties with spaces or quotes in their names print and resolve as they are
--FILE--
<?php
$o = new stdClass;
$o->{'we ird'} = 1;
$o->{"q'"} = str_repeat('q', 2);
xdebug_debug_zval('o', 'o->{"we ird"}', "o->{'q\\''}", 'o->we ird');
--EXPECT--
o: (refcount=1, is_ref=0)=class stdClass { public $we ird = (refcount=0, is_ref=0)=1; public $q' = (refcount=1, is_ref=0)='qq' }
o->{"we ird"}: (refcount=0, is_ref=0)=1
o->{'q\''}: (refcount=1, is_ref=0)='qq'
o->we ird: (refcount=0, is_ref=0)=1
